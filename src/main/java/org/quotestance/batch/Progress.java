package org.quotestance.batch;

/** Receives progress of a batch run; calls may come from several threads. */
public interface Progress {
  /** The run found {@code files} input files. */
  void started(int files);

  /** One input file is done, with the statuses of its articles. */
  void fileDone(java.util.List<InputStatus> statuses);

  /** Everything is written. */
  void finished(RunSummary summary);

  /** A listener that ignores everything. */
  static Progress none() {
    return new Progress() {
      @Override
      public void started(int files) {}

      @Override
      public void fileDone(java.util.List<InputStatus> statuses) {}

      @Override
      public void finished(RunSummary summary) {}
    };
  }
}
