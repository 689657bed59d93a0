package org.marsad.stages.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index event detection takes candidates from: one document per stored article with its heaviest terms,
 * its names, its publication day and its profile. A candidate query is MoreLikeThis-style: the new article's
 * heaviest terms and names, each boosted by its weight, filtered to a window of publication days (undated articles
 * are always in the window). Articles added since the searcher was last reopened are kept in a small pending list
 * and returned as candidates too, so reopening can be batched without missing the newest articles.
 * Not thread-safe.
 */
final class CandidateIndex implements AutoCloseable {
  private static final String TERMS = "t", NAMES = "e", DAY = "day", UNDATED = "undated", SLOT = "slot", PROFILE = "p";
  private static final FieldType KEY = keyType();

  private final Directory directory;
  private final IndexWriter writer;
  private final TermStatistics stats;
  private final int reopenEvery;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private final List<Integer> pending = new ArrayList<>();

  /**
   * @param reopenEvery how many added articles may wait in the pending list before the searcher is reopened
   */
  CandidateIndex(Directory directory, TermStatistics stats, int reopenEvery) {
    this(directory, stats, reopenEvery, false);
  }

  /**
   * @param mergeInline merge segments in the adding thread: for a batch in memory on a busy machine, where waiting
   *     for background merge threads costs more than doing the merges
   */
  CandidateIndex(Directory directory, TermStatistics stats, int reopenEvery, boolean mergeInline) {
    this.directory = directory;
    this.stats = stats;
    this.reopenEvery = reopenEvery;
    try {
      IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(64).setCommitOnClose(false);
      if (mergeInline) {
        config.setMergeScheduler(new SerialMergeScheduler());
        // Each candidate query pays per segment (term lookups, scorers): a batch keeps few segments.
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(3);
        config.setMergePolicy(merges);
      }
      writer = new IndexWriter(directory, config);
      reader = DirectoryReader.open(writer);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FieldType keyType() {
    FieldType t = new FieldType();
    t.setIndexOptions(IndexOptions.DOCS);
    t.setTokenized(false);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  /** Stores the article under its slot; it is a candidate at once (pending) and searchable after the next reopen. */
  void add(int slot, EventProfile p, int indexedTerms) {
    addDocument(slot, p, indexedTerms);
    pending.add(slot);
    if (pending.size() >= reopenEvery) reopen();
  }

  /** Stores the article without making it a candidate before the next {@link #reopen} (bulk loading). */
  void addQuietly(int slot, EventProfile p, int indexedTerms) {
    addDocument(slot, p, indexedTerms);
  }

  private void addDocument(int slot, EventProfile p, int indexedTerms) {
    Document doc = new Document();
    for (int t : p.body().topTerms(indexedTerms, x -> true)) doc.add(new Field(TERMS, stats.term(t), KEY));
    for (int e : p.entities()) doc.add(new Field(NAMES, stats.term(e), KEY));
    if (p.dated()) doc.add(new LongPoint(DAY, p.publishedDay()));
    else doc.add(new StringField(UNDATED, "1", Field.Store.NO));
    doc.add(new NumericDocValuesField(SLOT, slot));
    doc.add(new StoredField(PROFILE, ProfileCodec.encode(p)));
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes every added article searchable. */
  void reopen() {
    try {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
      if (newer != null) {
        reader.close();
        reader = newer;
        searcher = new IndexSearcher(reader);
      }
      pending.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A candidate: its slot, and where its stored profile is if it must be read back. */
  record Candidate(int slot, int doc) {}

  /**
   * The stored articles most like {@code p} within {@code dayWindow} days of its publication (all days when it is
   * undated), at most {@code max} from the searcher, plus every pending article.
   */
  List<Candidate> candidates(EventProfile p, int queryTerms, int dayWindow, int max) {
    List<Candidate> out = new ArrayList<>(max + pending.size());
    BooleanQuery.Builder similar = new BooleanQuery.Builder();
    int[] top = p.body().topTerms(queryTerms, x -> true);
    int clauses = 0;
    for (int t : top) {
      similar.add(boosted(TERMS, stats.term(t), weightOf(p.body(), t)), BooleanClause.Occur.SHOULD);
      clauses++;
    }
    for (int i = 0; i < p.entities().length && clauses < IndexSearcher.getMaxClauseCount() - 2; i++, clauses++) {
      similar.add(boosted(NAMES, stats.term(p.entities()[i]), 0.05f * p.entityWeights()[i]), BooleanClause.Occur.SHOULD);
    }
    if (clauses == 0) {
      for (int s : pending) out.add(new Candidate(s, -1));
      return out;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(similar.build(), BooleanClause.Occur.MUST);
    if (p.dated()) {
      Query inWindow = new BooleanQuery.Builder()
          .add(LongPoint.newRangeQuery(DAY, p.publishedDay() - dayWindow, p.publishedDay() + dayWindow), BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term(UNDATED, "1")), BooleanClause.Occur.SHOULD)
          .build();
      q.add(inWindow, BooleanClause.Occur.FILTER);
    }
    try {
      TopDocs hits = searcher.search(q.build(), max);
      List<LeafReaderContext> leaves = reader.leaves();
      for (ScoreDoc sd : hits.scoreDocs) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
        NumericDocValues slots = leaf.reader().getNumericDocValues(SLOT);
        if (slots == null || !slots.advanceExact(sd.doc - leaf.docBase)) continue;
        out.add(new Candidate((int) slots.longValue(), sd.doc));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int s : pending) out.add(new Candidate(s, -1));
    return out;
  }

  /** The profile stored with a searchable document (for articles no longer held in memory). */
  EventProfile storedProfile(int doc, String articleId) {
    try {
      BytesRef b = searcher.storedFields().document(doc).getBinaryValue(PROFILE);
      return ProfileCodec.decode(b, articleId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int searchableDocuments() {
    return reader.numDocs();
  }

  private static Query boosted(String field, String term, float boost) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, term))), Math.max(boost, 1e-6f));
  }

  private static float weightOf(SparseVector v, int term) {
    int i = Arrays.binarySearch(v.terms, term);
    return i < 0 ? 0 : v.weights[i];
  }

  @Override
  public void close() {
    try {
      reader.close();
      writer.rollback(); // the index is a working set, not a store
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Profile ⇄ bytes: ints and floats in a fixed order (term ids are those of the running statistics). */
  static final class ProfileCodec {
    private ProfileCodec() {}

    static BytesRef encode(EventProfile p) {
      int size = 4 + 8 + 8 + 4 + vectorBytes(p.body()) + vectorBytes(p.lead()) + 4 + 8 * p.entities().length;
      ByteBuffer b = ByteBuffer.allocate(size);
      b.putInt(p.outlet()).putLong(p.publishedDay()).putLong(p.happeningDay()).putInt(p.weekdayMask());
      putVector(b, p.body());
      putVector(b, p.lead());
      b.putInt(p.entities().length);
      for (int e : p.entities()) b.putInt(e);
      for (float w : p.entityWeights()) b.putFloat(w);
      return new BytesRef(b.array());
    }

    static EventProfile decode(BytesRef ref, String articleId) {
      ByteBuffer b = ByteBuffer.wrap(ref.bytes, ref.offset, ref.length);
      int outlet = b.getInt();
      long published = b.getLong(), happening = b.getLong();
      int weekdays = b.getInt();
      SparseVector body = getVector(b), lead = getVector(b);
      int n = b.getInt();
      int[] e = new int[n];
      float[] w = new float[n];
      for (int i = 0; i < n; i++) e[i] = b.getInt();
      for (int i = 0; i < n; i++) w[i] = b.getFloat();
      return new EventProfile(articleId, outlet, published, happening, weekdays, body, lead, e, w);
    }

    private static int vectorBytes(SparseVector v) {
      return 4 + 8 * v.size();
    }

    private static void putVector(ByteBuffer b, SparseVector v) {
      b.putInt(v.size());
      for (int t : v.terms) b.putInt(t);
      for (float w : v.weights) b.putFloat(w);
    }

    private static SparseVector getVector(ByteBuffer b) {
      int n = b.getInt();
      int[] t = new int[n];
      float[] w = new float[n];
      for (int i = 0; i < n; i++) t[i] = b.getInt();
      for (int i = 0; i < n; i++) w[i] = b.getFloat();
      return new SparseVector(t, w);
    }
  }
}
