package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;

class LuceneArticleStoreTest {
  @TempDir Path dir;

  private static Article plain(String id, String text) {
    return Article.ingested(id, "/in/" + id, SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY.withOutlet("الوطن"));
  }

  /** Documents in the committed index, deleted ones included: what is really on disk. */
  private static int docsOnDisk(Path dir) throws IOException {
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      assertThat(r.numDocs()).isEqualTo(r.maxDoc());
      return r.maxDoc();
    }
  }

  private static long commitGeneration(Path dir) throws IOException {
    try (FSDirectory fs = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(fs).getGeneration();
    }
  }

  @Test
  void storedArticleComesBackEqualBeforeCommitAndAfterReopen() throws IOException {
    Article a = SyntheticArticles.article(1, 200);
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.put(a)).isEqualTo(PutResult.ADDED);
      assertThat(store.get(a.id())).contains(a);
      assertThat(store.count()).isEqualTo(1);
      assertThat(store.get("nope")).isEmpty();
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.get(a.id())).contains(a);
      assertThat(store.idForContentHash(ContentHash.of(a))).contains(a.id());
      assertThat(store.all()).containsExactly(a);
    }
  }

  @Test
  void unpairedSurrogateSurvivesLuceneStorage() throws IOException {
    Article a = plain("s", "نص \uD800 مكسور");
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.put(a);
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.get("s")).contains(a);
    }
  }

  @Test
  void sameIdIsNotStoredAgainNorUpdated() throws IOException {
    Article first = plain("a.txt", "افتتح المحافظ الجسر الجديد");
    Article sameId = plain("a.txt", "نص مختلف تماما عن الأول");
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.put(first)).isEqualTo(PutResult.ADDED);
      assertThat(store.put(sameId)).isEqualTo(PutResult.UNCHANGED_SAME_ID); // still uncommitted
      store.commit();
      assertThat(store.put(sameId)).isEqualTo(PutResult.UNCHANGED_SAME_ID); // committed
      assertThat(store.get("a.txt")).contains(first);
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.put(sameId)).isEqualTo(PutResult.UNCHANGED_SAME_ID); // after reopen
      assertThat(store.count()).isEqualTo(1);
    }
    assertThat(docsOnDisk(dir)).isEqualTo(1);
  }

  @Test
  void sameNormalisedContentUnderAnotherIdIsNotStored() throws IOException {
    Article first = plain("one.txt", "أعلنت الوزارة   افتتاح المدرسة");
    Article variant = plain("two.txt", "أَعلَنَت الوزارة افتتـــاح المدرسة\n");
    Article variantAfterCommit = plain("three.txt", "اعلنت الوزارة افتتاح المدرسة");
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.put(first)).isEqualTo(PutResult.ADDED);
      assertThat(store.put(variant)).isEqualTo(PutResult.UNCHANGED_SAME_CONTENT);
      store.commit();
      assertThat(store.put(variantAfterCommit)).isEqualTo(PutResult.UNCHANGED_SAME_CONTENT);
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.put(variant)).isEqualTo(PutResult.UNCHANGED_SAME_CONTENT);
      assertThat(store.idForContentHash(ContentHash.of(variant))).contains("one.txt");
      assertThat(store.get("two.txt")).isEmpty();
    }
    assertThat(docsOnDisk(dir)).isEqualTo(1);
  }

  @Test
  void reingestingABatchChangesNothingOnDisk() throws IOException {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 300; i++) batch.add(SyntheticArticles.article(i, 60));
    try (LuceneArticleStore store = LuceneArticleStore.open(dir, new WhitespaceAnalyzer(), 100)) {
      assertThat(store.putAll(batch).get(PutResult.ADDED)).isEqualTo(300);
    }
    long generation = commitGeneration(dir);
    List<String> files;
    try (var list = Files.list(dir)) {
      files = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      Map<PutResult, Integer> again = store.putAll(batch);
      assertThat(again.get(PutResult.ADDED)).isZero();
      assertThat(again.get(PutResult.UNCHANGED_SAME_ID)).isEqualTo(300);
      store.commit();
    }
    assertThat(docsOnDisk(dir)).isEqualTo(300);
    assertThat(commitGeneration(dir)).as("no new commit").isEqualTo(generation);
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(files);
    }
  }

  @Test
  void articlesComeBackInTheOrderTheyWerePut() throws IOException {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 1500; i++) batch.add(SyntheticArticles.article((i * 7919) % 1500, 20));
    try (LuceneArticleStore store = LuceneArticleStore.open(dir, new WhitespaceAnalyzer(), 40)) {
      store.putAll(batch.subList(0, 700));
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir, new WhitespaceAnalyzer(), 0)) {
      store.putAll(batch.subList(700, 1500));
      assertThat(store.all()).isEqualTo(batch);
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThat(store.all()).isEqualTo(batch);
    }
  }

  @Test
  void putAllIndexesExactlyWhatPutOneByOneIndexes() throws IOException {
    List<Article> batch = new ArrayList<>();
    for (int i = 0; i < 1100; i++) batch.add(SyntheticArticles.article(i, 15 + i % 40));
    batch.add(plain("no-title.txt", "الكتاب على الطاولة والقلم في الدرج"));
    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("one"))) {
      for (Article a : batch) store.put(a);
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("all"))) {
      store.putAll(batch);
    }
    for (String field : List.of(LuceneArticleStore.BODY, LuceneArticleStore.TITLE)) {
      assertThat(postings(dir.resolve("all"), field)).as(field).isNotEmpty().isEqualTo(postings(dir.resolve("one"), field));
    }
  }

  @Test
  void putAllCountsDuplicatesWithinOneBatchAsPutWould() throws IOException {
    Article first = plain("a.txt", "افتتح المعرض أبوابه صباح اليوم");
    Article sameId = plain("a.txt", "نص آخر تماما عن المعرض");
    Article sameContent = plain("b.txt", "افتتح  المعرض أبوابه صباح اليوم");
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      Map<PutResult, Integer> counts = store.putAll(List.of(first, sameId, sameContent));
      assertThat(counts).containsEntry(PutResult.ADDED, 1).containsEntry(PutResult.UNCHANGED_SAME_ID, 1)
          .containsEntry(PutResult.UNCHANGED_SAME_CONTENT, 1);
      assertThat(store.get("a.txt")).contains(first);
    }
  }

  /** Every term of a field with, per document, its frequency and positions: the inverted field, comparable. */
  private static List<String> postings(Path dir, String field) throws IOException {
    List<String> out = new ArrayList<>();
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      for (org.apache.lucene.index.LeafReaderContext leaf : r.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) continue;
        org.apache.lucene.index.TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          org.apache.lucene.index.PostingsEnum pe = te.postings(null, org.apache.lucene.index.PostingsEnum.POSITIONS);
          for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            StringBuilder sb = new StringBuilder(t.utf8ToString()).append(' ').append(leaf.docBase + d).append(':');
            for (int k = 0; k < pe.freq(); k++) sb.append(' ').append(pe.nextPosition());
            out.add(sb.toString());
          }
        }
      }
    }
    out.sort(null);
    return out;
  }

  @Test
  void injectedAnalyzerIndexesTheBody() throws IOException {
    Article a = plain("k.txt", "والكتاب على الطاولة");
    try (WhitespaceAnalyzer whitespace = new WhitespaceAnalyzer();
        LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("ws"), whitespace, 0)) {
      store.put(a);
    }
    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("ar"))) {
      store.put(a);
    }
    assertThat(bodyHasTerm(dir.resolve("ws"), "والكتاب")).isTrue();
    assertThat(bodyHasTerm(dir.resolve("ws"), "كتاب")).isFalse();
    // the default ArabicAnalyzer strips the conjunction and the article
    assertThat(bodyHasTerm(dir.resolve("ar"), "كتاب")).isTrue();
    assertThat(bodyHasTerm(dir.resolve("ar"), "والكتاب")).isFalse();
  }

  private static boolean bodyHasTerm(Path dir, String term) throws IOException {
    try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader r = DirectoryReader.open(fs)) {
      Terms terms = MultiTerms.getTerms(r, LuceneArticleStore.BODY);
      return terms != null && terms.iterator().seekExact(new BytesRef(term));
    }
  }

  @Test
  void dataDirectoryThatIsAFileIsAClearError() throws IOException {
    Path file = Files.writeString(dir.resolve("data"), "x");
    assertThatThrownBy(() -> LuceneArticleStore.open(file))
        .isInstanceOf(IOException.class).hasMessageContaining(file.toString()).hasMessageContaining("is a file");
    assertThatThrownBy(() -> LuceneArticleStore.open(file.resolve("sub")))
        .isInstanceOf(IOException.class).hasMessageContaining("cannot create article store directory");
  }

  @Test
  void unreadableDataDirectoryIsAClearError() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads every directory");
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assertThatThrownBy(() -> LuceneArticleStore.open(locked))
          .isInstanceOf(IOException.class).hasMessageContaining("not readable and writable");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void damagedIndexIsAClearError() throws IOException {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.put(plain("a", "نص قصير"));
    }
    try (var list = Files.list(dir)) {
      for (Path p : list.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
      }
    }
    assertThatThrownBy(() -> LuceneArticleStore.open(dir))
        .isInstanceOf(IOException.class).hasMessageContaining(dir.toString());
  }

  @Test
  void secondWriterOnTheSameDirectoryIsRefused() throws IOException {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThatThrownBy(() -> LuceneArticleStore.open(dir))
          .isInstanceOf(IOException.class).hasMessageContaining("already open for writing");
      assertThat(store.put(plain("a", "ما زال المخزن يعمل"))).isEqualTo(PutResult.ADDED);
    }
  }

  @Test
  void closedStoreRefusesWork() throws IOException {
    LuceneArticleStore store = LuceneArticleStore.open(dir);
    store.close();
    store.close(); // twice is fine
    assertThatThrownBy(() -> store.put(plain("a", "متأخر"))).isInstanceOf(AlreadyClosedException.class);
    assertThatThrownBy(() -> store.get("a")).isInstanceOf(AlreadyClosedException.class);
  }

  @Test
  void overlongIdIsRefusedAndTheStoreGoesOn() throws IOException {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      assertThatThrownBy(() -> store.put(plain("x".repeat(9000), "نص")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("article id longer than");
      assertThat(store.put(plain("ok", "نص"))).isEqualTo(PutResult.ADDED);
      assertThat(store.count()).isEqualTo(1);
    }
  }

  @Test
  void defaultDirectoryIsUnderTheHomeDirectory() {
    assertThat(LuceneArticleStore.defaultDirectory())
        .isEqualTo(Path.of(System.getProperty("user.home"), ".marsad", "data"));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void readersSeeEveryPutArticleWhileWriting() throws Exception {
    int total = 3000;
    AtomicInteger written = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (LuceneArticleStore store = LuceneArticleStore.open(dir, new WhitespaceAnalyzer(), 400)) {
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < total; i++) {
          store.put(SyntheticArticles.article(i, 20));
          written.set(i + 1);
        }
        return null;
      });
      Future<Integer> reader = pool.submit(() -> {
        int checks = 0;
        long lastCount = 0;
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        while (!writer.isDone() || checks == 0) {
          int known = written.get();
          if (known == 0) continue;
          // the latest one is usually not yet committed nor searchable
          int i = checks % 2 == 0 ? known - 1 : random.nextInt(known);
          assertThat(store.get(SyntheticArticles.id(i))).contains(SyntheticArticles.article(i, 20));
          long count = store.count();
          assertThat(count).isGreaterThanOrEqualTo(Math.max(lastCount, known));
          lastCount = count;
          checks++;
        }
        return checks;
      });
      writer.get();
      assertThat(reader.get()).isPositive();
      assertThat(store.count()).isEqualTo(total);
    } finally {
      pool.shutdownNow();
    }
  }
}
