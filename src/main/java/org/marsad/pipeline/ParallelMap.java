package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on all cores and keeps its order. Workers take a few items at a time from a shared counter, so a core
 * that finishes early takes more: a parallel stream over a list splits it into a handful of fixed shares up front
 * (four on two cores), and on SaudiNewsNet, whose files differ in article length, one core then sat idle for seconds
 * at the end of the article stages.
 */
public final class ParallelMap {
  /** Items a worker takes at a time: small, since one article's stages take about a millisecond. */
  static final int CHUNK = 4;

  private ParallelMap() {}

  /** {@code f} of each item, in order, on all available processors. */
  public static <T, R> List<R> inOrder(List<T> items, Function<? super T, ? extends R> f) {
    return inOrder(items, f, Runtime.getRuntime().availableProcessors());
  }

  /**
   * {@code f} of each item, in order, on {@code threads} threads (the caller's among them). The first exception
   * thrown by {@code f} stops the handing out of work and is rethrown to the caller once every worker has stopped.
   */
  public static <T, R> List<R> inOrder(List<T> items, Function<? super T, ? extends R> f, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be ≥ 1: " + threads);
    List<T> in = items instanceof java.util.RandomAccess ? items : new ArrayList<>(items);
    int n = in.size();
    Object[] out = new Object[n];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      try {
        for (int from; failure.get() == null && (from = next.getAndAdd(CHUNK)) < n; ) {
          for (int i = from, to = Math.min(n, from + CHUNK); i < to; i++) out[i] = f.apply(in.get(i));
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
    int helpers = (int) Math.min(threads - 1L, Math.max(0, (n - 1) / CHUNK));
    List<Thread> started = new ArrayList<>(helpers);
    for (int t = 0; t < helpers; t++) started.add(Thread.ofPlatform().daemon().name("marsad-map-" + t).start(work));
    work.run();
    boolean interrupted = false;
    for (Thread t : started) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the workers finish their chunk and stop; the interrupt is kept for the caller
          failure.compareAndSet(null, new IllegalStateException("interrupted while mapping in parallel"));
        }
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) throw r;
    if (t instanceof Error e) throw e;
    @SuppressWarnings("unchecked")
    List<R> result = (List<R>) Collections.unmodifiableList(Arrays.asList(out));
    return result;
  }
}
