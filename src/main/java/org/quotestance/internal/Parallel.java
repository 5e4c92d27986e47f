package org.quotestance.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quotestance.AnalyzerException;

/** Runs a function over items on a fixed number of threads, results in the items' order. */
public final class Parallel {
  /**
   * Items started ahead of the oldest unfinished one, per thread: enough that one slow item does
   * not leave the other threads idle for long, few enough that waiting results stay small.
   */
  private static final int AHEAD_PER_THREAD = 16;

  private Parallel() {}

  /**
   * {@code function} applied to every item on {@code threads} threads. An unchecked exception from
   * any call is rethrown as it is; the remaining calls are cancelled.
   */
  public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> function) {
    List<R> out = new ArrayList<>(items.size());
    forEachOrdered(items, threads, function, out::add);
    return out;
  }

  /**
   * {@code function} applied to every item on {@code threads} threads, each result handed to {@code
   * consumer} on the calling thread in the items' order as soon as it and those before it are done.
   * Items are started in order and only a few per thread ahead of the oldest unfinished one, so
   * only those results are held in memory. Exceptions as in {@link #map}; an exception from {@code
   * consumer} also cancels the remaining calls.
   */
  public static <T, R> void forEachOrdered(
      List<T> items, int threads, Function<T, R> function, Consumer<R> consumer) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<R>> pending = new ArrayDeque<>();
      int next = 0;
      int ahead = threads * AHEAD_PER_THREAD;
      while (next < items.size() || !pending.isEmpty()) {
        while (next < items.size() && pending.size() < ahead) {
          T item = items.get(next++);
          pending.add(pool.submit(() -> function.apply(item)));
        }
        consumer.accept(pending.removeFirst().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnalyzerException("interrupted", e);
    } catch (ExecutionException e) {
      throw unwrapped(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What a task threw, to rethrow on the waiting thread: an unchecked exception as it is (an
   * {@link Error} is thrown from here), anything else wrapped in an {@link AnalyzerException}.
   */
  public static RuntimeException unwrapped(ExecutionException e) {
    if (e.getCause() instanceof Error err) {
      throw err;
    }
    return e.getCause() instanceof RuntimeException r ? r : new AnalyzerException(String.valueOf(e.getCause()), e.getCause());
  }
}
