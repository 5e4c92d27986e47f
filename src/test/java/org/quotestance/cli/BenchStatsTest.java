package org.quotestance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BenchStatsTest {
  private static final String GNU_TIME =
      """
      [main] INFO edu.stanford.nlp.pipeline.StanfordCoreNLP - Adding annotator tokenize
      \tCommand being timed: "java -Xmx2g -cp x org.quotestance.cli.Main analyze corpus"
      \tUser time (seconds): 9.53
      \tSystem time (seconds): 0.56
      \tPercent of CPU this job got: 56%
      \tElapsed (wall clock) time (h:mm:ss or m:ss): 1:17.98
      \tMaximum resident set size (kbytes): 525256
      \tExit status: 0
      """;

  private static final String PROC_STATUS =
      """
      Name:\tjava
      VmPeak:\t 5286812 kB
      VmSize:\t 5221276 kB
      VmHWM:\t  612340 kB
      VmRSS:\t  598000 kB
      Threads:\t19
      """;

  @Test
  void readsPeakRssFromGnuTime() {
    assertEquals(OptionalLong.of(525256), BenchStats.maxRssKb(GNU_TIME));
    assertEquals(OptionalLong.empty(), BenchStats.maxRssKb("no time output"));
  }

  @Test
  void takesTheLastPeakWhenTimeOutputIsRepeated() {
    assertEquals(
        OptionalLong.of(7),
        BenchStats.maxRssKb(
            "Maximum resident set size (kbytes): 3\nMaximum resident set size (kbytes): 7\n"));
  }

  @Test
  void readsKilobyteFieldsOfProcStatus() {
    assertEquals(OptionalLong.of(612340), BenchStats.statusKb(PROC_STATUS, "VmHWM"));
    assertEquals(OptionalLong.of(598000), BenchStats.statusKb(PROC_STATUS, "VmRSS"));
    assertEquals(OptionalLong.empty(), BenchStats.statusKb(PROC_STATUS, "VmSwap"));
  }

  @Test
  void readsWallTimeInEitherClockFormat() {
    assertEquals(OptionalDouble.of(77.98), BenchStats.elapsedSeconds(GNU_TIME));
    assertEquals(OptionalDouble.of(3723.5), BenchStats.clock("1:02:03.5"));
    assertEquals(OptionalDouble.of(4.25), BenchStats.clock("0:04.25"));
    assertEquals(OptionalDouble.empty(), BenchStats.clock("1::2"));
    assertEquals(OptionalDouble.empty(), BenchStats.clock("a:b"));
  }

  @Test
  void addsUserAndSystemCpuTime() {
    assertEquals(10.09, BenchStats.cpuSeconds(GNU_TIME).getAsDouble(), 1e-9);
    assertEquals(OptionalDouble.empty(), BenchStats.cpuSeconds("User time (seconds): 1.0"));
  }

  @Test
  void sumsCoreNlpModelLoadingTimes() {
    String log =
        """
        INFO MaxentTagger - Loading POS tagger from english-left3words-distsim.tagger ... done [2.2 sec].
        INFO AbstractSequenceClassifier - Loading classifier from english.all.3class.distsim.crf.ser.gz ... done [2.1 sec].
        """;
    assertEquals(4.3, BenchStats.modelLoadSeconds(log), 1e-9);
    assertEquals(0.0, BenchStats.modelLoadSeconds("nothing loaded"));
  }

  @Test
  void tellsWhetherALogShowsCoreNlpLoading() {
    assertTrue(BenchStats.loadedCoreNlp("x MaxentTagger - Loading POS tagger from y"));
    assertTrue(BenchStats.loadedCoreNlp(GNU_TIME));
    assertFalse(BenchStats.loadedCoreNlp("Analysing 200 file(s)...\nExit status: 0"));
  }
}
