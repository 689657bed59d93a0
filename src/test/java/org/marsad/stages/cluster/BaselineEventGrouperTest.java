package org.marsad.stages.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Metadata;
import org.marsad.model.Quantity;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

class BaselineEventGrouperTest {
  /** The intended event of each sample (samples/README.md). */
  static final Map<String, String> SAMPLE_EVENTS = Map.ofEntries(
      Map.entry("01_ufuq_water_summit.txt", "water-1"),
      Map.entry("02_sada_water_summit.html", "water-1"),
      Map.entry("05_nakheel_feed.jsonl#1", "water-1"),
      Map.entry("03_raed_train.txt", "train"),
      Map.entry("04_mirat_train.html", "train"),
      Map.entry("05_nakheel_feed.jsonl#2", "train"),
      Map.entry("09_jisr_wire.txt#JS-local-3301-20230315", "train"),
      Map.entry("06_ufuq_bank.txt", "rate"),
      Map.entry("08_raed_feed.xml#alraed-2023-03-16-4410", "rate"),
      Map.entry("09_jisr_wire.txt#JS-economy-3342-20230316", "rate"),
      Map.entry("07_sada_water_round2.txt", "water-2"),
      Map.entry("08_raed_feed.xml#alraed-2023-06-18-5521", "water-2"));

  static List<Article> samples() {
    List<Article> all = RawArticles.readDir(RawArticles.samplesDir());
    assertThat(all).extracting(Article::id).containsExactlyInAnyOrderElementsOf(SAMPLE_EVENTS.keySet());
    return all;
  }

  static Map<String, String> eventOf(List<Event> events) {
    Map<String, String> m = new HashMap<>();
    for (Event e : events) for (String id : e.articleIds()) assertThat(m.put(id, e.id())).as("article %s in two events", id).isNull();
    return m;
  }

  @Test
  void samplesGroupExactlyByIntendedEvent() {
    List<Event> events = new BaselineEventGrouper().group(samples());
    Map<String, String> got = eventOf(events);
    for (String a : SAMPLE_EVENTS.keySet()) {
      for (String b : SAMPLE_EVENTS.keySet()) {
        boolean same = SAMPLE_EVENTS.get(a).equals(SAMPLE_EVENTS.get(b));
        assertThat(got.get(a).equals(got.get(b))).as("%s and %s in one event", a, b).isEqualTo(same);
      }
    }
    assertThat(events).hasSize(4);
  }

  @Test
  void everyArticleInExactlyOneEvent() {
    List<Article> articles = samples();
    List<Event> events = new BaselineEventGrouper().group(articles);
    assertThat(eventOf(events).keySet()).containsExactlyInAnyOrderElementsOf(articles.stream().map(Article::id).toList());
  }

  @Test
  void outputDoesNotDependOnInputOrder() {
    List<Article> articles = new ArrayList<>(samples());
    List<Event> first = new BaselineEventGrouper().group(articles);
    Collections.reverse(articles);
    Collections.shuffle(articles, new java.util.Random(7));
    assertThat(new BaselineEventGrouper().group(articles)).isEqualTo(first);
  }

  @Test
  void eventsSortedByDateThenIdWithHashIds() {
    List<Event> events = new BaselineEventGrouper().group(samples());
    assertThat(events).extracting(Event::when).containsExactly("2023-03-12", "2023-03-15", "2023-03-16", "2023-06-18");
    for (Event e : events) {
      assertThat(e.id()).matches("e-[0-9a-f]{12}").isEqualTo(BaselineEventGrouper.eventId(e.articleIds()));
    }
  }

  @Test
  void eventFieldsComeFromMembers() {
    List<Event> events = new BaselineEventGrouper().group(samples());
    Event water = events.get(0);
    assertThat(water.articleIds()).containsExactly("01_ufuq_water_summit.txt", "02_sada_water_summit.html", "05_nakheel_feed.jsonl#1");
    // 01 has no title (raw text); the title is that of a member that has one.
    assertThat(water.title()).isEqualTo(water.what()).isIn(
        "قمة عمّان للمياه تختتم جولتها الأولى بإعلان مشترك وصندوق للتحلية",
        "عمّان تستضيف الجولة الأولى من قمة المياه: إعلان مشترك وتعهدات بمليارين ونصف");
    assertThat(water.where()).isNull();
    assertThat(water.who()).isEmpty();
    assertThat(water.conflicts()).isEmpty();
    assertThat(water.summary()).extracting(Event.SummarySentence::articleId).containsExactlyElementsOf(water.articleIds());
    // The raw .txt has no cleaned body: its lead is the first long line, not the masthead or title.
    assertThat(water.summary().get(0).sentence()).startsWith("وقّعت 12 دولة").endsWith("يومين.");
  }

  @Test
  void datesMoreThanMaxGapApartNeverJoin() {
    Article a = article("a", "2023-03-01T10:00", "انهيار جسر المشاة في حي الزيتون يصيب عشرة أشخاص");
    Article b = article("b", "2023-03-05T10:00", "انهيار جسر المشاة في حي الزيتون يصيب عشرة أشخاص");
    Article c = article("c", null, "انهيار جسر المشاة في حي الزيتون يصيب عشرة أشخاص");
    Article filler = article("f", "2023-03-02", "مهرجان الزهور يفتتح أبوابه للزوار في الحديقة الكبرى");
    List<Event> events = new BaselineEventGrouper().group(List.of(a, b, c, filler));
    Map<String, String> got = eventOf(events);
    assertThat(got.get("a")).isNotEqualTo(got.get("b"));
    // The undated copy joins one of them, never both (that would put a and b together).
    assertThat(got.get("c")).isIn(got.get("a"), got.get("b"));
  }

  @Test
  void centroidGuardStopsChaining() {
    // x–y and y–z are similar, x and z share nothing: single-link would chain all three.
    Article x = article("x", "2023-05-01", "حريق في مصنع الورق بالمنطقة الصناعية الشمالية ورجال الإطفاء يسيطرون عليه");
    Article y = article("y", "2023-05-01", "حريق في مصنع الورق بالمنطقة الصناعية الشمالية وإغلاق طريق الميناء أمام الشاحنات التجارية");
    Article z = article("z", "2023-05-01", "إغلاق طريق الميناء أمام الشاحنات التجارية");
    Article w = article("w", "2023-05-01", "المنتخب يستعد لمباراة الإياب في العاصمة");
    BaselineEventGrouper.Settings loose = new BaselineEventGrouper.Settings(3, Thresholds.fixed(0.2, 0.0), 12, 30, 1);
    BaselineEventGrouper.Settings guarded = new BaselineEventGrouper.Settings(3, Thresholds.fixed(0.2, 0.75), 12, 30, 1);
    var analyzer = new org.apache.lucene.analysis.ar.ArabicAnalyzer();
    Map<String, String> chained = eventOf(new BaselineEventGrouper(analyzer, loose).group(List.of(x, y, z, w)));
    assertThat(chained.get("x")).isEqualTo(chained.get("z"));
    Map<String, String> got = eventOf(new BaselineEventGrouper(analyzer, guarded).group(List.of(x, y, z, w)));
    assertThat(got.get("x")).isNotEqualTo(got.get("z"));
  }

  @Test
  void differentValuesForTheSameMeasureBecomeAConflict() {
    String t1 = "أصيب 120 شخصا في انهيار جسر المشاة بحي الزيتون";
    String t2 = "أصيب 135 شخصا في انهيار جسر المشاة بحي الزيتون";
    Article a = article("a", "2023-03-01", t1).withQuantities(List.of(new Quantity(new Span(5, 8), "120", 120, null, "injured")));
    Article b = article("b", "2023-03-01", t2).withQuantities(List.of(new Quantity(new Span(5, 8), "135", 135, null, "injured")));
    Article c = article("c", "2023-03-01", t1).withQuantities(List.of(new Quantity(new Span(5, 8), "120", 120, null, "injured")));
    List<Event> events = new BaselineEventGrouper().group(List.of(a, b, c));
    assertThat(events).hasSize(1);
    assertThat(events.get(0).conflicts()).singleElement().satisfies(conflict -> {
      assertThat(conflict.about()).isEqualTo("injured");
      assertThat(conflict.claims()).extracting(Event.Claim::value).containsExactly("120", "135");
      assertThat(conflict.claims().get(0).articleIds()).containsExactly("a", "c");
    });
  }

  @Test
  void emptyInputAndEmptyTexts() {
    assertThat(new BaselineEventGrouper().group(List.of())).isEmpty();
    List<Event> events = new BaselineEventGrouper().group(List.of(article("p", null, ""), article("q", null, "   ")));
    assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.articleIds()).hasSize(1));
  }

  @Test
  void seedRomeArticlesShareOneEventOthersApart() {
    Path seeds = SeedArticles.seedsDir();
    assumeTrue(Files.isRegularFile(seeds.resolve("gold.json")), "seeds absent");
    List<Event> events = new BaselineEventGrouper().group(SeedArticles.read(seeds));
    Map<String, String> got = eventOf(events);
    String rome = got.get("000_dcd12b9fc0077f10.txt");
    assertThat(got.get("001_987a928acb331fb9.txt")).isEqualTo(rome);
    assertThat(got.get("003_1c787875b37093a0.txt")).isEqualTo(rome);
    assertThat(got.get("002_8d2f6804c6a9ad88.txt")).isNotEqualTo(rome);
    assertThat(got.get("004_50ac9ffaa13a6bae.txt")).isNotEqualTo(rome);
  }

  static Article article(String id, String published, String text) {
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text, Metadata.EMPTY.withPublished(published));
  }

  @Test
  void whereIsThePlaceTheLeadsNameNotTheBackground() {
    String t1 = "عقد المؤتمر في الدوحة بمشاركة واسعة.\nوتناول الوضع في اليمن واليمن والسودان.";
    String t2 = "اختتم المؤتمر أعماله في الدوحة.\nوناقش ملف اليمن.";
    List<org.marsad.model.Article> articles = List.of(place(t1, "a"), place(t2, "b"));
    org.assertj.core.api.Assertions.assertThat(BaselineEventGrouper.leadPlace(articles)).isEqualTo("الدوحة");
  }

  private static org.marsad.model.Article place(String text, String id) {
    int nl = text.indexOf('\n');
    List<org.marsad.model.Entity> es = new java.util.ArrayList<>();
    for (String name : List.of("الدوحة", "اليمن", "السودان")) {
      for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        es.add(new org.marsad.model.Entity(org.marsad.model.EntityType.LOC, new org.marsad.model.Span(i, i + name.length()), name, null, null));
      }
    }
    return org.marsad.model.Article.ingested(id, id, org.marsad.model.SourceFormat.TEXT, "UTF-8", text, org.marsad.model.Metadata.EMPTY)
        .withBody(List.of(new org.marsad.model.Span(0, nl), new org.marsad.model.Span(nl + 1, text.length())))
        .withEntities(es);
  }
}
