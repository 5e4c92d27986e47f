package org.quotestance.report;

/**
 * A small, fast, fully specified pseudo-random generator (SplitMix64, Steele, Lea & Flood 2014), so
 * seeded resampling gives the same numbers on every JVM and version, and is not slowed by {@link
 * java.util.Random}'s thread-safety. Bounded integers use Lemire's unbiased multiply-and- reject
 * method (2019). Not for cryptography; not thread-safe.
 */
final class SplitMix64 {
  private long state;

  SplitMix64(long seed) {
    this.state = seed;
  }

  long nextLong() {
    long z = (state += 0x9E3779B97F4A7C15L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in {@code [0, bound)}, for {@code 0 < bound}. */
  int nextInt(int bound) {
    long m = (nextLong() >>> 32) * bound;
    long low = m & 0xFFFFFFFFL;
    if (low < bound) {
      long threshold = (0x100000000L - bound) % bound;
      while (low < threshold) {
        m = (nextLong() >>> 32) * bound;
        low = m & 0xFFFFFFFFL;
      }
    }
    return (int) (m >>> 32);
  }
}
