package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.SearchCommand;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.store.LuceneArticleStore;
import picocli.CommandLine;

class ArticleSearchTest {
  @TempDir static Path dir;
  static ArticleSearch search;

  /** An article whose body is its paragraphs, preceded by a furniture line that is not body. */
  static Article article(String id, String outlet, String published, String title, String... paragraphs) {
    StringBuilder text = new StringBuilder("القائمة الرئيسية | رياضة | اقتصاد\n");
    List<Span> body = new ArrayList<>();
    for (String p : paragraphs) {
      text.append('\n');
      body.add(new Span(text.length(), text.length() + p.length()));
      text.append(p).append('\n');
    }
    Metadata meta = Metadata.EMPTY.withOutlet(outlet).withPublished(published).withTitle(title);
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text.toString(), meta).withBody(body);
  }

  @BeforeAll
  static void store() throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.put(article("bridge-north", "صحيفة الشمال", "2023-05-01T10:00", "افتتاح جسر جديد فوق النهر",
          "افتتحت البلدية جسرا جديدا فوق النهر صباح اليوم.", "وقال المهندس سامر الخطيب إن الجسر يخفف الزحام في المدينة."));
      Article south = article("bridge-south", "نشرة الجنوب", "2023-05-03", "الجسر الجديد يفتح للسيارات",
          "فتح الجسر الجديد أمام السيارات بعد يومين من الافتتاح.");
      int at = south.text().indexOf("السيارات");
      store.put(south.withEntities(List.of(new Entity(EntityType.MISC, new Span(at, at + 8), "السيارات", null, null))));
      store.put(article("rain", "صحيفة الشمال", "2023-06-10", "أمطار غزيرة",
          "هطلت أمطار غزيرة على المدينة وأغلقت بعض الطرق."));
      store.put(article("hostile", "موقع التجربة", "2023-06-11", "<script>alert(1)</script> جسر",
          "نص فيه <script>alert(1)</script> وكلمة جسر بعد \u202Eعكس\u202C الاتجاه."));
      store.commit();
    }
    search = ArticleSearch.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static SearchQuery query(String text) {
    return SearchQuery.of(text);
  }

  @Test
  void freeTextFindsArticlesThroughTheArabicAnalyzer() throws Exception {
    // "الجسر" and "جسرا" reach the same stem as "جسر"
    SearchResult r = search.search(query("جسر"));
    assertThat(r.hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder("bridge-north", "bridge-south", "hostile");
    assertThat(r.total()).isEqualTo(3);
  }

  @Test
  void wordsAreAndedByDefault() throws Exception {
    assertThat(search.search(query("جسر السيارات")).hits()).extracting(SearchHit::articleId).containsExactly("bridge-south");
  }

  @Test
  void wordsStandingTogetherRankFirst(@TempDir Path own) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(own)) {
      // one mention each; the short article wins on BM25 unless adjacency counts
      store.put(article("words-apart", "صحيفة", "2023-07-01", "تقرير", "تأجيل الصيانة بسبب الطرق المغلقة."));
      store.put(article("words-together", "صحيفة", "2023-07-02", "تقرير",
          "بدأت اليوم في المدينة أعمال واسعة تشمل صيانة الطرق الرئيسية والفرعية وتستمر أسبوعين بحسب البلدية "
              + "التي دعت السائقين إلى الحذر."));
    }
    try (ArticleSearch s = ArticleSearch.open(own)) {
      assertThat(s.search(query("صيانة الطرق")).hits()).extracting(SearchHit::articleId)
          .containsExactly("words-together", "words-apart");
      // with query syntax there is no phrase boost: BM25 alone puts the short article first
      assertThat(s.search(query("صيانة AND الطرق")).hits()).extracting(SearchHit::articleId)
          .containsExactly("words-apart", "words-together");
    }
  }

  @Test
  void highlightsPointAtTheMatchedWordsInTheOriginalText() throws Exception {
    SearchHit north = search.search(query("المهندس")).hits().get(0);
    Article stored = storedArticle("bridge-north");
    SearchHit.Snippet s = north.snippets().get(0);
    assertThat(s.text()).isEqualTo(s.span().of(stored.text()));
    assertThat(s.highlights()).isNotEmpty();
    for (Span h : s.highlights()) assertThat(h.of(stored.text())).isEqualTo("المهندس");
  }

  @Test
  void snippetsComeFromTheBodyNotTheFurniture() throws Exception {
    // every article's furniture line has "اقتصاد"; no body paragraph does
    assertThat(search.search(query("اقتصاد")).total()).isZero();
    for (SearchHit h : search.search(query("جسر")).hits()) {
      for (SearchHit.Snippet s : h.snippets()) assertThat(s.text()).doesNotContain("القائمة الرئيسية");
    }
  }

  @Test
  void hostileTextIsReturnedVerbatimWithOffsetsIntoIt() throws Exception {
    SearchHit h = search.search(query("جسر AND نص")).hits().get(0);
    assertThat(h.articleId()).isEqualTo("hostile");
    SearchHit.Snippet s = h.snippets().get(0);
    assertThat(s.text()).contains("<script>alert(1)</script>").contains("\u202E");
    assertThat(s.highlights()).extracting(sp -> sp.of(storedArticle("hostile").text())).contains("جسر");
  }

  @Test
  void outletFilterIsExact() throws Exception {
    SearchQuery q = new SearchQuery("", "صحيفة الشمال", null, null, null, SearchSort.RELEVANCE, 0, 10);
    assertThat(search.search(q).hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder("bridge-north", "rain");
  }

  @Test
  void dateRangeIncludesBothDaysWhateverTheTimeOfDay() throws Exception {
    SearchQuery q = new SearchQuery("", null, LocalDate.parse("2023-05-01"), LocalDate.parse("2023-05-03"), null,
        SearchSort.RELEVANCE, 0, 10);
    assertThat(search.search(q).hits()).extracting(SearchHit::articleId).containsExactlyInAnyOrder("bridge-north", "bridge-south");
  }

  @Test
  void dateSortIsNewestFirst() throws Exception {
    SearchQuery q = new SearchQuery("", null, null, null, null, SearchSort.DATE, 0, 10);
    assertThat(search.search(q).hits()).extracting(SearchHit::articleId)
        .containsExactly("hostile", "rain", "bridge-south", "bridge-north");
  }

  @Test
  void entityFilterMatchesEntityText() throws Exception {
    SearchQuery q = new SearchQuery("جسر", null, null, null, "السيارات", SearchSort.RELEVANCE, 0, 10);
    SearchResult r = search.search(q);
    assertThat(r.hits()).extracting(SearchHit::articleId).containsExactly("bridge-south");
    assertThat(r.total()).isEqualTo(1);
  }

  @Test
  void articleIdFilterKeepsOnlyThoseArticles() throws Exception {
    SearchQuery q = SearchQuery.of("جسر").withArticleIds(java.util.Set.of("bridge-south", "rain"));
    assertThat(search.search(q).hits()).extracting(SearchHit::articleId).containsExactly("bridge-south");
  }

  @Test
  void allReadsEveryCommittedArticle() throws Exception {
    assertThat(search.all()).extracting(Article::id).containsExactlyInAnyOrder("bridge-north", "bridge-south", "rain", "hostile");
  }

  @Test
  void pagingSkipsAndCounts() throws Exception {
    SearchQuery first = new SearchQuery("", null, null, null, null, SearchSort.DATE, 0, 2);
    SearchQuery second = new SearchQuery("", null, null, null, null, SearchSort.DATE, 2, 2);
    assertThat(search.search(first).hits()).extracting(SearchHit::articleId).containsExactly("hostile", "rain");
    assertThat(search.search(second).hits()).extracting(SearchHit::articleId).containsExactly("bridge-south", "bridge-north");
    assertThat(search.search(second).total()).isEqualTo(4);
    SearchQuery relevance = new SearchQuery("جسر", null, null, null, null, SearchSort.RELEVANCE, 2, 2);
    assertThat(search.search(relevance).hits()).hasSize(1);
  }

  @Test
  void syntaxErrorsGiveAMessageForTheUser() {
    for (String bad : new String[] {"جسر AND (", "\"جسر", "جسر:", "*جسر"}) {
      assertThatThrownBy(() -> search.search(query(bad)))
          .isInstanceOf(QuerySyntaxException.class)
          .hasMessageContaining("cannot understand the query");
    }
  }

  @Test
  void cliPrintsHitsAndJson() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SearchCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("المهندس", "--data", dir.toString(), "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"articleId\":\"bridge-north\"").contains("\"highlights\":[{");
    out.getBuffer().setLength(0);
    assertThat(cl.execute("المهندس", "--data", dir.toString())).isZero();
    assertThat(out.toString()).startsWith("1 hit(s)").contains("«المهندس»");
  }

  @Test
  void cliSyntaxErrorIsAUsageErrorWithoutStackTrace() {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SearchCommand());
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("جسر AND (", "--data", dir.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("cannot understand the query").doesNotContain("\tat ");
  }

  @Test
  void cliMissingStoreIsAClearError(@TempDir Path empty) {
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SearchCommand());
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("جسر", "--data", empty.resolve("nothing").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("no article store at");
  }

  private static Article storedArticle(String id) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      return store.get(id).orElseThrow();
    }
  }
}
