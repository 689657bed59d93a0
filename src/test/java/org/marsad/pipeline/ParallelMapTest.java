package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelMapTest {
  @Test
  void keepsTheOrderOfItsInput() {
    List<Integer> in = IntStream.range(0, 1001).boxed().toList();
    assertThat(ParallelMap.inOrder(in, i -> i * 2, 3)).isEqualTo(in.stream().map(i -> i * 2).toList());
  }

  @Test
  void mapsEachItemOnceOnSeveralThreads() {
    List<Integer> in = IntStream.range(0, 400).boxed().toList();
    AtomicInteger calls = new AtomicInteger();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ParallelMap.inOrder(in, i -> {
      calls.incrementAndGet();
      threads.add(Thread.currentThread().getName());
      // slow items let the other thread take its share
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return i;
    }, 2);
    assertThat(calls).hasValue(400);
    assertThat(threads).hasSize(2);
  }

  @Test
  void anUnevenLoadIsShared() {
    // the first half is slow: fixed halves would leave one thread with all of it
    List<Integer> in = IntStream.range(0, 200).boxed().toList();
    ConcurrentHashMap<String, AtomicInteger> slowByThread = new ConcurrentHashMap<>();
    ParallelMap.inOrder(in, i -> {
      if (i < 100) {
        slowByThread.computeIfAbsent(Thread.currentThread().getName(), k -> new AtomicInteger()).incrementAndGet();
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      return i;
    }, 2);
    assertThat(slowByThread).hasSize(2);
    assertThat(slowByThread.values()).allSatisfy(n -> assertThat(n.get()).isGreaterThan(20));
  }

  @Test
  void theFirstFailureReachesTheCaller() {
    List<Integer> in = IntStream.range(0, 100).boxed().toList();
    assertThatThrownBy(() -> ParallelMap.inOrder(in, i -> {
      if (i == 37) throw new IllegalArgumentException("bad item 37");
      return i;
    }, 2)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 37");
  }

  @Test
  void emptyAndSequentialInputsWork() {
    assertThat(ParallelMap.inOrder(List.<Integer>of(), i -> i, 4)).isEmpty();
    assertThat(ParallelMap.inOrder(new LinkedList<>(List.of(3, 1, 2)), i -> i + 1, 1)).containsExactly(4, 2, 3);
    assertThat(ParallelMap.inOrder(new ArrayList<>(List.of("a")), String::toUpperCase, 8)).containsExactly("A");
    assertThatThrownBy(() -> ParallelMap.inOrder(List.of(1), i -> i, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
