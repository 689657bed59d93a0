package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real writer JVM with SIGKILL mid-ingest, twice on the same store, and checks that every committed article
 * is intact, nothing uncommitted shows up, the live child's lock keeps this process out, the stale write lock left
 * by the dead child does not, and writing goes on.
 */
class KillNineTest {
  private static final int COMMITS_BEFORE_KILL = 3;
  @TempDir Path tmp;

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void committedArticlesSurviveKillNine() throws Exception {
    Path dir = tmp.resolve("store");

    int committed1 = runChildAndKill(dir, 0);
    int stored1 = checkStoreAfterCrash(dir, committed1);

    // a second crash on a store that already went through one
    int committed2 = runChildAndKill(dir, stored1);
    assertThat(committed2).isGreaterThan(stored1);
    int stored2 = checkStoreAfterCrash(dir, committed2);

    // a new writer takes over and adds more
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (int i = stored2; i < stored2 + 10; i++) {
        assertThat(store.put(SyntheticArticles.article(i, StoreWriterChild.WORDS))).isEqualTo(PutResult.ADDED);
      }
      assertThat(store.put(SyntheticArticles.article(0, StoreWriterChild.WORDS))).isEqualTo(PutResult.UNCHANGED_SAME_ID);
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.count()).isEqualTo(stored2 + 10);
    }
  }

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void killAtAnyMomentLeavesAWholeCommittedPrefix() throws Exception {
    Path dir = tmp.resolve("random-kills");
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    int stored = 0;
    for (int round = 0; round < 4; round++) {
      // not synchronised with the commits: some kills land inside commit()
      runChildAndKillAfter(dir, stored, 800 + random.nextInt(3000));
      stored = checkStoreAfterCrash(dir, stored);
    }
    assertThat(stored).as("the children committed something").isPositive();
  }

  private void runChildAndKillAfter(Path dir, int start, long millis) throws IOException, InterruptedException {
    Process child = startChild(dir, start);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String first = out.readLine();
      assertThat(first).as("child stderr: %s", Files.readString(tmp.resolve("child-" + start + ".err")))
          .startsWith("opened ");
      Thread.sleep(millis);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child died").isTrue();
    } finally {
      child.destroyForcibly();
    }
  }

  private Process startChild(Path dir, int start) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), StoreWriterChild.class.getName(),
        dir.toString(), Integer.toString(start), "120");
    builder.redirectError(tmp.resolve("child-" + start + ".err").toFile());
    return builder.start();
  }

  /** Starts the writer, waits for its {@value #COMMITS_BEFORE_KILL}th announced commit, SIGKILLs it. */
  private int runChildAndKill(Path dir, int start) throws IOException, InterruptedException {
    Path stderr = tmp.resolve("child-" + start + ".err");
    Process child = startChild(dir, start);
    int lastCommitted = -1;
    int commitsSeen = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; commitsSeen < COMMITS_BEFORE_KILL && (line = out.readLine()) != null; ) {
        if (line.startsWith("committed ")) {
          lastCommitted = Integer.parseInt(line.substring("committed ".length()));
          commitsSeen++;
          if (commitsSeen == 1) {
            // the live child holds the OS lock: this process must be refused
            assertThatThrownBy(() -> LuceneArticleStore.open(dir))
                .isInstanceOf(IOException.class).hasMessageContaining("already open for writing");
          }
        }
      }
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no close()
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child died").isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(commitsSeen).as("commits announced; child stderr: %s", Files.readString(stderr))
        .isEqualTo(COMMITS_BEFORE_KILL);
    assertThat(child.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
    return lastCommitted;
  }

  /** Returns how many articles the reopened store holds. */
  private static int checkStoreAfterCrash(Path dir, int committed) throws IOException {
    // the lock file stays behind; the OS released the lock itself with the process
    assertThat(dir.resolve("write.lock")).exists();
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      long count = store.count();
      assertThat(count).isGreaterThanOrEqualTo(committed);
      // only whole commits are visible: the batch being written when killed is gone
      assertThat(count % StoreWriterChild.COMMIT_EVERY).isZero();
      List<org.marsad.model.Article> all = store.all();
      assertThat(all).hasSize((int) count);
      for (int i = 0; i < count; i++) {
        assertThat(all.get(i)).isEqualTo(SyntheticArticles.article(i, StoreWriterChild.WORDS));
      }
      for (int i = 0; i < committed; i++) {
        assertThat(store.get(SyntheticArticles.id(i))).contains(SyntheticArticles.article(i, StoreWriterChild.WORDS));
      }
      System.out.printf("KillNineTest: at least %d committed when killed; reopened store holds %d%n", committed, count);
      return (int) count;
    }
  }
}
