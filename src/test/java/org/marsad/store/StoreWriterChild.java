package org.marsad.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * Child process of {@link KillNineTest}: puts {@link SyntheticArticles} from index {@code start} on, commits every
 * {@value #COMMIT_EVERY} and prints {@code committed N} once articles {@code 0..N-1} are durable. Runs until killed,
 * or gives up after {@code maxSeconds} so that it can never outlive a broken test for long.
 *
 * <p>Arguments: {@code <store dir> <start> <maxSeconds>}.
 */
public final class StoreWriterChild {
  static final int COMMIT_EVERY = 50;
  static final int WORDS = 120;

  private StoreWriterChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int start = Integer.parseInt(args[1]);
    long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // commitEvery 0: the only commits are the ones announced below
    LuceneArticleStore store = LuceneArticleStore.open(dir, new ArabicAnalyzer(), 0);
    out.println("opened " + store.count());
    for (int i = start; System.nanoTime() < deadline; i++) {
      store.put(SyntheticArticles.article(i, WORDS));
      if ((i + 1) % COMMIT_EVERY == 0) {
        store.commit();
        out.println("committed " + (i + 1));
      }
    }
    // deliberately no close(): only a kill or this exit ends the process
    out.println("deadline");
    System.exit(3);
  }
}
