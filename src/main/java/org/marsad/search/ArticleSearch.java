package org.marsad.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.Span;
import org.marsad.store.ArticleJson;
import org.marsad.store.LuceneArticleStore;
import org.marsad.text.ar.Normalizer;

/**
 * Full-text search over a {@link LuceneArticleStore} directory, read-only: it sees what the store has committed.
 * Queries are analysed with the store's analyzer (Lucene's {@link ArabicAnalyzer}), so query and index terms agree.
 *
 * <p>Snippets are cut from the article's original text: the body paragraphs are re-analysed and every token whose
 * term the query looks for is marked, so highlight offsets are {@link Article#text()} indices. Thread-safe.
 */
public final class ArticleSearch implements Closeable {
  /** Matches examined when the order or a filter needs the stored article (date sort, entity filter). */
  public static final int MAX_CANDIDATES = 5000;
  private static final int SNIPPETS_PER_HIT = 3;
  private static final int SNIPPET_CHARS = 220;
  private static final int CONTEXT_BEFORE = 70;
  private static final int MAX_MARKS = 500;
  private static final String[] TEXT_FIELDS = {LuceneArticleStore.TITLE, LuceneArticleStore.BODY};
  private static final Set<String> JSON_ONLY = Set.of(LuceneArticleStore.JSON);
  private static final Normalizer NORMALIZER = Normalizer.standard();
  /** Words and spaces only: no query syntax, no AND/OR/NOT. */
  private static final java.util.regex.Pattern PLAIN_WORDS =
      java.util.regex.Pattern.compile("(?!.*\\b(?:AND|OR|NOT)\\b)[\\p{L}\\p{M}\\p{N} ]+");
  private static final float PHRASE_BOOST = 2f;

  private final Path directory;
  private final FSDirectory fsDirectory;
  private final Analyzer analyzer = new ArabicAnalyzer();
  private volatile SearcherManager searchers;

  /**
   * Opens the store in {@code directory} for reading.
   *
   * @throws IOException naming the directory when it holds no store
   */
  public static ArticleSearch open(Path directory) throws IOException {
    Path dir = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IOException("no article store at " + dir + ": run 'marsad digest --data " + directory + " …' first");
    }
    FSDirectory fs = FSDirectory.open(dir);
    ArticleSearch search = new ArticleSearch(dir, fs);
    try {
      search.searchers();
    } catch (IndexNotFoundException e) {
      // an empty store has no commit yet: searches answer nothing until it has one
    } catch (IOException | RuntimeException e) {
      search.close();
      throw new IOException("cannot read article store " + dir + ": " + e.getMessage(), e);
    }
    return search;
  }

  private ArticleSearch(Path directory, FSDirectory fsDirectory) {
    this.directory = directory;
    this.fsDirectory = fsDirectory;
  }

  public Path directory() {
    return directory;
  }

  /** The searcher manager, opened at the first commit of the store; refreshed to the latest commit. */
  private SearcherManager searchers() throws IOException {
    SearcherManager sm = searchers;
    if (sm == null) {
      synchronized (this) {
        sm = searchers;
        if (sm == null) {
          if (!DirectoryReader.indexExists(fsDirectory)) throw new IndexNotFoundException("no commit in " + directory);
          sm = new SearcherManager(fsDirectory, null);
          searchers = sm;
        }
      }
    }
    sm.maybeRefresh();
    return sm;
  }

  /**
   * Runs a query.
   *
   * @throws QuerySyntaxException when the free text does not parse, with a message for the user
   */
  public SearchResult search(SearchQuery q) throws IOException {
    Query textQuery = parse(q.text());
    Query query = withFilters(textQuery, q);
    SearcherManager sm;
    try {
      sm = searchers();
    } catch (IndexNotFoundException e) {
      return new SearchResult(q, 0, List.of());
    }
    IndexSearcher searcher = sm.acquire();
    try {
      Marks marks = Marks.of(textQuery);
      if (q.sort() == SearchSort.RELEVANCE && q.entity() == null) {
        TopDocs top = searcher.search(query, q.offset() + q.limit());
        long total = searcher.count(query);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = q.offset(); i < top.scoreDocs.length; i++) {
          ScoreDoc sd = top.scoreDocs[i];
          hits.add(hit(load(searcher, sd.doc), textQuery == null ? 0f : sd.score, marks));
        }
        return new SearchResult(q, total, hits);
      }
      TopDocs top = searcher.search(query, MAX_CANDIDATES);
      String entity = q.entity() == null ? null : fold(q.entity());
      List<Scored> kept = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Article a = load(searcher, sd.doc);
        if (entity == null || mentions(a, entity)) kept.add(new Scored(a, textQuery == null ? 0f : sd.score));
      }
      if (q.sort() == SearchSort.DATE) {
        kept.sort(Comparator.comparing((Scored s) -> dateOf(s.article()), Comparator.nullsLast(Comparator.reverseOrder())));
      }
      List<SearchHit> hits = new ArrayList<>();
      for (int i = q.offset(); i < kept.size() && hits.size() < q.limit(); i++) {
        hits.add(hit(kept.get(i).article(), kept.get(i).score(), marks));
      }
      return new SearchResult(q, kept.size(), hits);
    } finally {
      sm.release(searcher);
    }
  }

  private record Scored(Article article, float score) {}

  /** Null for blank text (match all). */
  private Query parse(String text) {
    if (text.isBlank()) return null;
    QueryParser parser = new MultiFieldQueryParser(TEXT_FIELDS, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      Query parsed = parser.parse(text);
      if (!PLAIN_WORDS.matcher(text).matches() || text.indexOf(' ') < 0) return parsed;
      // plain words: articles where they stand together, as typed, rank first
      Query phrase = parser.parse("\"" + text + "\"");
      return new BooleanQuery.Builder()
          .add(parsed, BooleanClause.Occur.MUST)
          .add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD)
          .build();
    } catch (ParseException | TokenMgrError e) {
      throw new QuerySyntaxException("cannot understand the query \"" + text + "\": " + firstLine(e.getMessage())
          + " (quote a phrase with \"…\"; escape + - ! ( ) { } [ ] ^ \" ~ * ? : \\ / with \\)", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("the query \"" + text + "\" expands to too many terms: use a longer prefix", e);
    }
  }

  private static String firstLine(String s) {
    if (s == null) return "syntax error";
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static Query withFilters(Query text, SearchQuery q) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
    if (q.outlet() != null) b.add(new TermQuery(new Term(LuceneArticleStore.OUTLET, q.outlet())), BooleanClause.Occur.FILTER);
    if (q.articleIds() != null) {
      List<BytesRef> ids = new ArrayList<>();
      for (String id : q.articleIds()) ids.add(new BytesRef(id));
      b.add(new TermInSetQuery(LuceneArticleStore.ID, ids), BooleanClause.Occur.FILTER);
    }
    if (q.from() != null || q.to() != null) {
      // published is an ISO string (2023-03-12 or 2023-03-12T10:15): day bounds compare as strings
      String lo = q.from() == null ? null : q.from().toString();
      String hi = q.to() == null ? null : q.to().toString() + "\uFFFF";
      b.add(TermRangeQuery.newStringRange(LuceneArticleStore.PUBLISHED, lo, hi, true, true), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Every committed article, in index order (for grouping events when no server holds them). */
  public List<Article> all() throws IOException {
    SearcherManager sm;
    try {
      sm = searchers();
    } catch (IndexNotFoundException e) {
      return List.of();
    }
    IndexSearcher searcher = sm.acquire();
    try {
      List<Article> out = new ArrayList<>();
      for (org.apache.lucene.index.LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) out.add(load(searcher, leaf.docBase + d));
        }
      }
      return out;
    } finally {
      sm.release(searcher);
    }
  }

  private Article load(IndexSearcher searcher, int doc) throws IOException {
    Document d = searcher.storedFields().document(doc, JSON_ONLY);
    String json = d.get(LuceneArticleStore.JSON);
    if (json == null) throw new IOException("article store " + directory + ": document " + doc + " has no stored JSON");
    return ArticleJson.fromJson(json);
  }

  private static String dateOf(Article a) {
    return a.meta().published() != null ? a.meta().published() : a.meta().publishedInferred();
  }

  private static boolean mentions(Article a, String foldedEntity) {
    for (Entity e : a.entities()) {
      if (fold(e.text()).contains(foldedEntity)) return true;
      if (e.canonical() != null && fold(e.canonical()).contains(foldedEntity)) return true;
    }
    return false;
  }

  /** Harakat, tatweel and letter variants folded as the text layer does, so "أحمد" finds "احمد". */
  static String fold(String s) {
    Normalizer.Output out = new Normalizer.Output(false);
    char[] chars = s.toCharArray();
    NORMALIZER.normalize(chars, 0, chars.length, out);
    return out.asString().toLowerCase(Locale.ROOT).strip();
  }

  private SearchHit hit(Article a, float score, Marks marks) throws IOException {
    return new SearchHit(a.id(), a.meta().title(), a.meta().outlet(), dateOf(a), score, snippets(a, marks));
  }

  /** Passages of the body (the whole text when no body was found) around the marked tokens. */
  List<SearchHit.Snippet> snippets(Article a, Marks marks) throws IOException {
    List<Span> paragraphs = a.body().isEmpty() ? List.of(new Span(0, a.text().length())) : a.body();
    List<Span> found = new ArrayList<>();
    if (!marks.isEmpty()) {
      for (Span p : paragraphs) {
        mark(a.text(), p, marks, found);
        if (found.size() >= MAX_MARKS) break;
      }
    }
    List<SearchHit.Snippet> out = new ArrayList<>();
    int covered = -1;
    for (Span m : found) {
      if (out.size() == SNIPPETS_PER_HIT) break;
      if (m.start() < covered) continue;
      Span p = paragraphOf(paragraphs, m);
      Span window = window(a.text(), p, m);
      covered = window.end();
      List<Span> inside = new ArrayList<>();
      for (Span h : found) if (window.contains(h)) inside.add(h);
      out.add(new SearchHit.Snippet(window, window.of(a.text()), inside));
    }
    if (out.isEmpty() && !paragraphs.isEmpty()) {
      Span p = paragraphs.get(0);
      Span window = window(a.text(), p, new Span(p.start(), p.start()));
      out.add(new SearchHit.Snippet(window, window.of(a.text()), List.of()));
    }
    return out;
  }

  private void mark(String text, Span paragraph, Marks marks, List<Span> found) throws IOException {
    try (TokenStream ts = analyzer.tokenStream(LuceneArticleStore.BODY, text.substring(paragraph.start(), paragraph.end()))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (marks.matches(term)) {
          found.add(new Span(paragraph.start() + offset.startOffset(), paragraph.start() + offset.endOffset()));
          if (found.size() >= MAX_MARKS) break;
        }
      }
      ts.end();
    }
  }

  private static Span paragraphOf(List<Span> paragraphs, Span m) {
    for (Span p : paragraphs) if (p.contains(m)) return p;
    return m;
  }

  /** About {@value #SNIPPET_CHARS} chars of the paragraph starting a little before the match, cut at spaces. */
  private static Span window(String text, Span paragraph, Span match) {
    int start = Math.max(paragraph.start(), match.start() - CONTEXT_BEFORE);
    if (start > paragraph.start()) {
      int space = text.indexOf(' ', start);
      if (space >= 0 && space < match.start()) start = space + 1;
    }
    int end = Math.min(paragraph.end(), Math.max(match.end(), start + SNIPPET_CHARS));
    if (end < paragraph.end()) {
      int space = text.lastIndexOf(' ', end);
      if (space > match.end()) end = space;
    }
    return new Span(start, end);
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, fsDirectory, analyzer);
  }

  /** The terms (and term patterns, for prefix and wildcard queries) a query looks for in title or body. */
  static final class Marks {
    private final Set<String> terms;
    private final List<ByteRunAutomaton> patterns;

    private Marks(Set<String> terms, List<ByteRunAutomaton> patterns) {
      this.terms = terms;
      this.patterns = patterns;
    }

    static Marks of(Query query) {
      Set<String> terms = new HashSet<>();
      List<ByteRunAutomaton> patterns = new ArrayList<>();
      if (query != null) {
        query.visit(new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            return LuceneArticleStore.BODY.equals(field) || LuceneArticleStore.TITLE.equals(field);
          }

          @Override
          public void consumeTerms(Query q, Term... ts) {
            for (Term t : ts) if (acceptField(t.field())) terms.add(t.text());
          }

          @Override
          public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            if (acceptField(field)) patterns.add(automaton.get());
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // terms the query excludes are not what the reader looks for
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
          }
        });
      }
      return new Marks(terms, patterns);
    }

    boolean isEmpty() {
      return terms.isEmpty() && patterns.isEmpty();
    }

    boolean matches(CharTermAttribute term) {
      String t = term.toString();
      if (terms.contains(t)) return true;
      if (patterns.isEmpty()) return false;
      BytesRef bytes = new BytesRef(t);
      for (ByteRunAutomaton p : patterns) if (p.run(bytes.bytes, bytes.offset, bytes.length)) return true;
      return false;
    }
  }
}
