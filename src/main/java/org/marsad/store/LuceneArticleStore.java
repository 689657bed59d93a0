package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.marsad.model.Article;

/**
 * {@link ArticleStore} as a Lucene index in one directory, one document per article:
 *
 * <ul>
 *   <li>{@value #ID}, {@value #CONTENT_HASH}: exact keys, stored
 *   <li>{@value #OUTLET}, {@value #PUBLISHED}: exact keys for filters, not stored
 *   <li>{@value #TITLE}, {@value #BODY}: analysed text (body text, or the whole text when no body was found)
 *   <li>{@value #JSON}: the whole analysed article ({@link ArticleJson}), stored only
 * </ul>
 *
 * <p>Durability is Lucene's: a commit fsyncs and publishes a new segments file atomically, so after a crash the
 * index opens at its last commit. The write lock is a native OS lock ({@code NativeFSLockFactory}); the OS drops it
 * when the holding process dies, so a {@code write.lock} file left by a killed process does not block the next one.
 *
 * <p>The ids and content hashes of articles put since the last refresh are kept in memory so that the duplicate
 * checks see them before Lucene does (a {@link #get} of one refreshes first); the documents are kept in insertion
 * order (adjacent-segment merges only). {@link #putAll} prepares documents (JSON, hash, analysed tokens) on all
 * cores and adds them in order on the calling thread.
 */
public final class LuceneArticleStore implements ArticleStore {
  public static final String ID = "id";
  public static final String CONTENT_HASH = "content_hash";
  public static final String OUTLET = "outlet";
  public static final String PUBLISHED = "published";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String JSON = "json";

  /**
   * Articles between automatic commits when not told otherwise. Each commit fsyncs, so not too often; a crash loses
   * at most this many, and re-ingesting (idempotent) restores them.
   */
  public static final int DEFAULT_COMMIT_EVERY = 5000;
  /**
   * Ids and hashes held in memory before Lucene is asked to make their documents searchable. Only two short strings
   * per article, so many: each refresh flushes a small segment, which later merges cost again.
   */
  private static final int REFRESH_EVERY = 50_000;
  /** Articles prepared in parallel at a time by {@link #putAll}: bounds the JSON and tokens held at once. */
  private static final int PREPARE_BATCH = 512;
  /** Longer keyword values are not indexed: Lucene refuses terms over 32766 UTF-8 bytes. */
  private static final int MAX_KEYWORD_CHARS = 8000;
  private static final Set<String> JSON_ONLY = Set.of(JSON);
  private static final Set<String> ID_ONLY = Set.of(ID);

  private final Path directory;
  private final FSDirectory fsDirectory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Analyzer ownedAnalyzer;
  private final Analyzer analyzer;
  private final int commitEvery;

  // Put since the last refresh, so not yet visible through the searcher. Cleared only after a refresh.
  private final Set<String> pendingIds = ConcurrentHashMap.newKeySet();
  private final Map<String, String> pendingIdByHash = new ConcurrentHashMap<>();
  // counted here: IndexWriter's own doc stats miss documents while a flush is moving them
  private final AtomicLong count;
  private int putSinceCommit;
  private volatile boolean closed;

  private LuceneArticleStore(Path directory, FSDirectory fsDirectory, IndexWriter writer, SearcherManager searchers,
      Analyzer ownedAnalyzer, int commitEvery) {
    this.directory = directory;
    this.fsDirectory = fsDirectory;
    this.writer = writer;
    this.searchers = searchers;
    this.ownedAnalyzer = ownedAnalyzer;
    this.analyzer = writer.getAnalyzer();
    this.commitEvery = commitEvery;
    this.count = new AtomicLong(writer.getDocStats().numDocs);
  }

  /** {@code ~/.marsad/data}. */
  public static Path defaultDirectory() {
    return Path.of(System.getProperty("user.home"), ".marsad", "data");
  }

  /**
   * Opens (creating when absent) the store in {@code directory} with Lucene's ArabicAnalyzer, committing every
   * {@value #DEFAULT_COMMIT_EVERY} added articles.
   */
  public static LuceneArticleStore open(Path directory) throws IOException {
    Analyzer analyzer = new ArabicAnalyzer();
    try {
      return open(directory, analyzer, true, DEFAULT_COMMIT_EVERY);
    } catch (IOException | RuntimeException e) {
      analyzer.close();
      throw e;
    }
  }

  /**
   * Opens (creating when absent) the store in {@code directory}.
   *
   * @param analyzer analyses {@value #TITLE} and {@value #BODY}; stays the caller's to close, after the store
   * @param commitEvery commit after this many added articles; 0 commits only on {@link #commit()} and {@link #close()}
   * @throws IOException with a message naming the directory when it is a file, cannot be created or used, is locked by
   *     another writer, or holds a damaged index
   */
  public static LuceneArticleStore open(Path directory, Analyzer analyzer, int commitEvery) throws IOException {
    return open(directory, analyzer, false, commitEvery);
  }

  private static LuceneArticleStore open(Path directory, Analyzer analyzer, boolean ownsAnalyzer, int commitEvery)
      throws IOException {
    if (commitEvery < 0) throw new IllegalArgumentException("commitEvery must be >= 0, got " + commitEvery);
    Path dir = directory.toAbsolutePath().normalize();
    prepareDirectory(dir);
    FSDirectory fs = FSDirectory.open(dir);
    IndexWriter writer = null;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          // merges only adjacent segments, so documents stay in the order they were put
          .setMergePolicy(new LogByteSizeMergePolicy())
          .setRAMBufferSizeMB(64)
          .setCommitOnClose(true);
      writer = new IndexWriter(fs, config);
      SearcherManager searchers = new SearcherManager(writer, null);
      return new LuceneArticleStore(dir, fs, writer, searchers, ownsAnalyzer ? analyzer : null, commitEvery);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(writer, fs);
      throw new IOException("article store " + dir + " is already open for writing (by this or another process): "
          + e.getMessage(), e);
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
      IOUtils.closeWhileHandlingException(writer, fs);
      throw new IOException("article store " + dir + " holds a damaged or incompatible Lucene index: "
          + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(writer, fs);
      throw new IOException("cannot open article store " + dir + ": " + e, e);
    }
  }

  private static void prepareDirectory(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IOException("article store " + dir + " is a file, not a directory");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new IOException("cannot create article store directory " + dir + ": " + e, e);
    }
    if (!Files.isReadable(dir) || !Files.isWritable(dir) || !Files.isExecutable(dir)) {
      throw new IOException("article store directory " + dir + " is not readable and writable by this user");
    }
  }

  public Path directory() {
    return directory;
  }

  @Override
  public PutResult put(Article article) throws IOException {
    ensureOpen();
    return add(prepare(article, false));
  }

  /**
   * Puts each article in order, as {@link #put} would, with the lock-free work (JSON, content hash, analysis of
   * title and body) done on all cores a batch at a time; only the duplicate checks and the inversion into the
   * index run on the calling thread, so documents stay in the order given.
   */
  @Override
  public Map<PutResult, Integer> putAll(Collection<Article> articles) throws IOException {
    ensureOpen();
    Map<PutResult, Integer> counts = new EnumMap<>(PutResult.class);
    for (PutResult r : PutResult.values()) counts.put(r, 0);
    List<Article> all = List.copyOf(articles);
    for (int from = 0; from < all.size(); from += PREPARE_BATCH) {
      List<Prepared> batch = all.subList(from, Math.min(all.size(), from + PREPARE_BATCH)).parallelStream()
          .map(a -> prepare(a, true)).toList();
      for (Prepared p : batch) counts.merge(add(p), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * An article with what can be computed before taking the lock. Only the article when its id is already stored (a
   * re-ingest costs no JSON or analysis); title and body tokens only when analysed ahead ({@link #putAll}).
   */
  private record Prepared(Article article, String content, String hash, String json, CapturedTokens title,
      CapturedTokens body) {}

  private Prepared prepare(Article article, boolean analyseAhead) {
    checkId(article);
    try {
      if (pendingIds.contains(article.id()) || exists(ID, article.id())) return new Prepared(article, null, null, null, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String content = ContentHash.content(article);
    String title = article.meta().title();
    return new Prepared(article, content, ContentHash.ofContent(content), ArticleJson.toJson(article),
        analyseAhead && title != null ? CapturedTokens.capture(analyzer, TITLE, title) : null,
        analyseAhead ? CapturedTokens.capture(analyzer, BODY, content) : null);
  }

  private synchronized PutResult add(Prepared p) throws IOException {
    ensureOpen();
    String id = p.article().id();
    if (p.hash() == null || pendingIds.contains(id) || exists(ID, id)) return PutResult.UNCHANGED_SAME_ID;
    if (pendingIdByHash.containsKey(p.hash()) || exists(CONTENT_HASH, p.hash())) return PutResult.UNCHANGED_SAME_CONTENT;
    writer.addDocument(toDocument(p));
    pendingIds.add(id);
    pendingIdByHash.put(p.hash(), id);
    count.incrementAndGet();
    putSinceCommit++;
    if (commitEvery > 0 && putSinceCommit >= commitEvery) {
      commit();
    } else if (pendingIds.size() >= REFRESH_EVERY) {
      refresh();
    }
    return PutResult.ADDED;
  }

  private static void checkId(Article article) {
    if (article.id().length() > MAX_KEYWORD_CHARS) {
      throw new IllegalArgumentException("article id longer than " + MAX_KEYWORD_CHARS + " chars: "
          + article.id().substring(0, 80) + "...");
    }
  }

  private static Document toDocument(Prepared p) {
    Article article = p.article();
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StringField(CONTENT_HASH, p.hash(), Field.Store.YES));
    addKeyword(doc, OUTLET, article.meta().outlet());
    addKeyword(doc, PUBLISHED, article.meta().published());
    if (p.title() != null) doc.add(new TextField(TITLE, p.title()));
    else if (article.meta().title() != null) doc.add(new TextField(TITLE, article.meta().title(), Field.Store.NO));
    doc.add(p.body() != null ? new TextField(BODY, p.body()) : new TextField(BODY, p.content(), Field.Store.NO));
    doc.add(new StoredField(JSON, p.json()));
    return doc;
  }

  private static void addKeyword(Document doc, String field, String value) {
    if (value != null && value.length() <= MAX_KEYWORD_CHARS) doc.add(new StringField(field, value, Field.Store.NO));
  }

  @Override
  public synchronized void commit() throws IOException {
    ensureOpen();
    writer.commit();
    putSinceCommit = 0;
    refresh();
  }

  /** Makes every added document visible to the searcher, then forgets the in-memory ids and hashes. */
  private synchronized void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    pendingIds.clear();
    pendingIdByHash.clear();
  }

  @Override
  public Optional<Article> get(String id) throws IOException {
    ensureOpen();
    // put but not yet searchable: make it so (a refresh publishes to the searcher before it clears pending)
    if (pendingIds.contains(id)) refresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      Optional<Document> doc = find(searcher, ID, id, JSON_ONLY);
      return doc.isEmpty() ? Optional.empty() : Optional.of(decode(id, doc.get()));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<String> idForContentHash(String contentHash) throws IOException {
    ensureOpen();
    String pending = pendingIdByHash.get(contentHash);
    if (pending != null) return Optional.of(pending);
    IndexSearcher searcher = searchers.acquire();
    try {
      return find(searcher, CONTENT_HASH, contentHash, ID_ONLY).map(d -> d.get(ID));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public long count() throws IOException {
    ensureOpen();
    return count.get();
  }

  @Override
  public void forEach(Consumer<Article> action) throws IOException {
    ensureOpen();
    refresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) continue;
          Document d = stored.document(doc, JSON_ONLY);
          action.accept(decode("document " + (leaf.docBase + doc), d));
        }
      }
    } finally {
      searchers.release(searcher);
    }
  }

  private boolean exists(String field, String value) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      BytesRef term = new BytesRef(value);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (firstLiveDoc(leaf.reader(), field, term) != DocIdSetIterator.NO_MORE_DOCS) return true;
      }
      return false;
    } finally {
      searchers.release(searcher);
    }
  }

  private static Optional<Document> find(IndexSearcher searcher, String field, String value, Set<String> load)
      throws IOException {
    BytesRef term = new BytesRef(value);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int doc = firstLiveDoc(leaf.reader(), field, term);
      if (doc != DocIdSetIterator.NO_MORE_DOCS) return Optional.of(leaf.reader().storedFields().document(doc, load));
    }
    return Optional.empty();
  }

  // A term seek per segment: cheaper than a query for a key lookup.
  private static int firstLiveDoc(LeafReader reader, String field, BytesRef term) throws IOException {
    Terms terms = reader.terms(field);
    if (terms == null) return DocIdSetIterator.NO_MORE_DOCS;
    TermsEnum termsEnum = terms.iterator();
    if (!termsEnum.seekExact(term)) return DocIdSetIterator.NO_MORE_DOCS;
    PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
    Bits live = reader.getLiveDocs();
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      if (live == null || live.get(doc)) return doc;
    }
    return DocIdSetIterator.NO_MORE_DOCS;
  }

  private Article decode(String what, Document doc) throws IOException {
    String json = doc.get(JSON);
    if (json == null) throw new IOException("article store " + directory + ": " + what + " has no stored JSON");
    try {
      return ArticleJson.fromJson(json);
    } catch (IllegalArgumentException e) {
      throw new IOException("article store " + directory + ": " + what + " is unreadable: " + e.getMessage(), e);
    }
  }

  private void ensureOpen() {
    if (closed) throw new AlreadyClosedException("article store " + directory + " is closed");
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) return;
    closed = true;
    // writer.close() commits (commitOnClose); the searcher goes first since it holds readers on the writer
    IOUtils.close(searchers, writer, fsDirectory, ownedAnalyzer);
    pendingIds.clear();
    pendingIdByHash.clear();
  }
}
