package org.quotestance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void resultsReachTheConsumerInItemOrderWhenLaterItemsFinishFirst() {
    List<Integer> items = IntStream.range(0, 12).boxed().toList();
    List<Integer> seen = new ArrayList<>();
    // early items are the slowest, so later ones finish first
    Parallel.forEachOrdered(items, 3, i -> {
      sleep(2L * (12 - i));
      return i * 10;
    }, seen::add);
    assertEquals(items.stream().map(i -> i * 10).toList(), seen);
  }

  @Test
  void onlyAFewItemsPerThreadAreStartedAheadOfTheConsumer() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    Parallel.forEachOrdered(items, 2, i -> {
      int ahead = started.incrementAndGet() - consumed.get();
      mostAhead.accumulateAndGet(ahead, Math::max);
      return i;
    }, i -> {
      sleep(1); // a slow consumer, as writing the tables is
      consumed.incrementAndGet();
    });
    assertEquals(200, consumed.get());
    // results waiting for the consumer are what a run holds in memory
    assertTrue(mostAhead.get() <= 2 * 16 + 1, "started ahead: " + mostAhead.get());
  }

  @Test
  void anExceptionFromAnItemIsRethrownAsItIs() {
    IllegalStateException boom = new IllegalStateException("item 3");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> Parallel.map(List.of(1, 2, 3, 4), 2, i -> {
          if (i == 3) {
            throw boom;
          }
          return i;
        }));
    assertSame(boom, thrown);
  }
}
