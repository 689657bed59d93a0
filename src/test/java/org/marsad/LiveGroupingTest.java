package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Metadata;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.cluster.IncrementalEventDetector;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;

/** The live grouping against grouping in one go, and what it keeps, rebuilds, merges and saves. */
class LiveGroupingTest {
  /** The bundled samples (invented articles: 4 events, see samples/README.md), analysed as the server stores them. */
  static List<Article> samples;

  @BeforeAll
  static void analyseSamples() {
    samples = analyse(Path.of("samples"));
  }

  static List<Article> analyse(Path path) {
    List<Article> read = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(List.of(path), read::add, e -> {}, e -> {});
    Pipeline pipeline = Marsad.articlePipeline();
    List<Article> out = new ArrayList<>();
    for (Article a : read) out.add(pipeline.process(a, StageContext.NONE));
    return out;
  }

  static List<Article> where(Predicate<Article> keep) {
    return samples.stream().filter(keep).toList();
  }

  /** The events as sets of article ids: what "the same grouping" means whatever the ids. */
  static Set<Set<String>> partition(List<Event> events) {
    Set<Set<String>> out = new HashSet<>();
    for (Event e : events) out.add(Set.copyOf(e.articleIds()));
    return out;
  }

  static String eventOf(LiveGrouping g, String articleId) {
    return g.grouped().events().stream().filter(e -> e.articleIds().contains(articleId)).findFirst().orElseThrow().id();
  }

  static boolean inMarch14OrBefore(Article a) {
    String p = a.meta().published();
    return p != null && p.compareTo("2023-03-15") < 0;
  }

  @Test
  void twoBatchesGiveTheSameEventsAsGroupingBothInOneGo() {
    List<Article> a = where(LiveGroupingTest::inMarch14OrBefore);
    List<Article> b = where(x -> !inMarch14OrBefore(x));
    assertThat(a).isNotEmpty();
    assertThat(b).isNotEmpty();
    Set<Set<String>> oneGo = partition(Marsad.group(samples).events());
    assertThat(oneGo).hasSize(4); // the samples' four events

    try (LiveGrouping live = LiveGrouping.group(a)) {
      live.add(b);
      assertThat(partition(live.grouped().events())).isEqualTo(oneGo);
      assertThat(live.grouped().articles()).hasSize(samples.size());
    }
    // the later batch first: the train story's later reports arrive before its first one
    try (LiveGrouping live = LiveGrouping.group(b)) {
      live.add(a);
      assertThat(partition(live.grouped().events())).isEqualTo(oneGo);
    }
  }

  @Test
  void anArticleJoiningAnEventRebuildsOnlyThatEventAndNeverRegroups() {
    String late = "04_mirat_train.html";
    try (LiveGrouping live = LiveGrouping.group(where(x -> !x.id().equals(late)))) {
      List<Event> before = live.grouped().events();
      long builds = live.eventBuilds();
      LiveGrouping.Update u = live.add(where(x -> x.id().equals(late)));

      assertThat(u.added()).containsExactly(late);
      assertThat(u.rebuilt()).hasSize(1);
      assertThat(u.merged()).isEmpty();
      assertThat(live.fullGroupings()).isEqualTo(1); // the first grouping only
      assertThat(live.eventBuilds()).isEqualTo(builds + 1);
      String joined = u.rebuilt().get(0);
      Event train = live.grouped().events().stream().filter(e -> e.id().equals(joined)).findFirst().orElseThrow();
      assertThat(train.articleIds()).contains(late).hasSize(4);
      assertThat(before).extracting(Event::id).contains(joined); // it joined an event, it did not start one
      for (Event e : before) {
        if (e.id().equals(joined)) continue;
        Event now = live.grouped().events().stream().filter(x -> x.id().equals(e.id())).findFirst().orElseThrow();
        assertThat(now).isSameAs(e);
      }
    }
  }

  @Test
  void storiesWaitForTheirRegroupingAndThenCoverEveryEvent() {
    String late = "07_sada_water_round2.txt"; // with 08 item 1, the second round of the summit: a new event
    List<Article> first = where(x -> !x.id().equals(late) && !x.id().endsWith("5521"));
    try (LiveGrouping live = LiveGrouping.group(first)) {
      assertThat(live.storiesStale()).isFalse();
      List<org.marsad.model.Story> before = live.grouped().stories();
      live.add(where(x -> x.id().equals(late) || x.id().endsWith("5521")));
      assertThat(live.storiesStale()).isTrue();
      assertThat(live.grouped().stories()).isSameAs(before);
      live.regroupStories();
      assertThat(live.storiesStale()).isFalse();
      Set<String> inStories = new HashSet<>();
      for (org.marsad.model.Story st : live.grouped().stories()) inStories.addAll(st.eventIds());
      assertThat(inStories).containsExactlyInAnyOrderElementsOf(live.grouped().events().stream().map(Event::id).toList());
    }
  }

  @Test
  void articlesWithNothingToCompareStillGetAnEventAndTheBatchGoesOn() {
    Article empty = Article.ingested("empty.txt", "empty.txt", SourceFormat.TEXT, "UTF-8", "", Metadata.EMPTY);
    Article marks = Article.ingested("marks.txt", "marks.txt", SourceFormat.TEXT, "UTF-8", "\u202e<<>>؟؟ \u0000 ...",
        new Metadata(null, null, null, null, "not a date", null, null));
    try (LiveGrouping live = LiveGrouping.group(samples.subList(0, 4))) {
      LiveGrouping.Update u = live.add(List.of(empty, marks, samples.get(5)));
      assertThat(u.added()).containsExactlyInAnyOrder("empty.txt", "marks.txt", samples.get(5).id());
      assertThat(live.grouped().events()).anySatisfy(e -> assertThat(e.articleIds()).containsExactly("empty.txt"));
      assertThat(live.grouped().events()).anySatisfy(e -> assertThat(e.articleIds()).contains("marks.txt"));
      for (Event e : live.grouped().events()) assertThat(e.title()).as(e.id()).isNotNull();
    }
  }

  @Test
  void addingArticlesAlreadyGroupedChangesNothing() {
    try (LiveGrouping live = LiveGrouping.group(samples)) {
      Marsad.Grouped before = live.grouped();
      LiveGrouping.Update u = live.add(samples.subList(0, 3));
      assertThat(u.added()).isEmpty();
      assertThat(u.rebuilt()).isEmpty();
      assertThat(live.grouped()).isSameAs(before);
    }
  }

  @Test
  void liveEventsCarryTheDigestsPerEventSteps() {
    try (LiveGrouping live = LiveGrouping.group(samples)) {
      for (Event e : live.grouped().events()) {
        assertThat(e.brief()).as(e.id()).isNotNull();
        assertThat(e.title()).as(e.id()).isNotBlank();
        assertThat(e.when()).as(e.id()).startsWith("2023-");
      }
    }
  }

  // Three invented reports of one morning: a quake, a football match, and one that names both.
  static final String DAY = "2024-05-06T08:00";
  static final Article QUAKE = article("quake", "زلزال عنيف يهز مدينة ساحلية",
      "ضرب زلزال عنيف مدينة ساحلية فجرا فانهارت مبان قديمة وفرت العائلات إلى الشوارع خوفا من الهزات الارتدادية.");
  static final Article MATCH = article("match", "نادي الشباب يكتسح منافسه بثلاثية",
      "حقق نادي الشباب فوزا كبيرا بثلاثة أهداف نظيفة في مباراة الدوري وسط حضور جماهيري غفير في الملعب البلدي.");
  static final Article BOTH = article("both", "الزلزال يؤجل مباراة نادي الشباب",
      "أجل اتحاد الكرة مباراة نادي الشباب في الدوري بعد أن ضرب زلزال عنيف المدينة الساحلية وانهارت مبان قديمة قرب الملعب البلدي.");

  static Article article(String id, String title, String body) {
    String text = title + "\n" + body;
    Metadata meta = new Metadata(title, "outlet-" + id, null, null, DAY, null, null);
    return Article.ingested(id, id, SourceFormat.TEXT, "UTF-8", text, meta)
        .withBody(List.of(new Span(title.length() + 1, text.length())));
  }

  /** Every candidate links and merges: the bridge is certain, whatever the fitted model would say. */
  static final IncrementalEventDetector.Settings ALWAYS_LINK =
      new IncrementalEventDetector.Settings(3, 40, 24, 32, 1, 1, 0.0, 0.0, 0.0);

  @Test
  void aMergedEventsIdResolvesToTheEventItJoined() {
    try (LiveGrouping live = LiveGrouping.group(List.of(QUAKE, MATCH), ALWAYS_LINK)) {
      assertThat(live.grouped().events()).hasSize(2);
      LiveGrouping.Update u = live.add(List.of(BOTH));
      assertThat(u.merged()).hasSize(1);
      Map.Entry<String, String> m = u.merged().entrySet().iterator().next();
      assertThat(live.grouped().events()).hasSize(1);
      Event merged = live.grouped().events().get(0);
      assertThat(merged.articleIds()).containsExactlyInAnyOrder("quake", "match", "both");
      assertThat(m.getValue()).isEqualTo(merged.id());
      assertThat(live.currentEventId(m.getKey())).isEqualTo(merged.id());
      assertThat(live.currentEventId(merged.id())).isEqualTo(merged.id());
      assertThat(live.currentEventId("e-000000000000")).isNull();
      assertThat(live.assignments().aliases()).containsEntry(m.getKey(), merged.id());

      // after a restart the old id still resolves
      try (LiveGrouping again = LiveGrouping.restore(List.of(QUAKE, MATCH, BOTH), live.assignments(), ALWAYS_LINK)) {
        assertThat(again.currentEventId(m.getKey())).isEqualTo(merged.id());
      }
    }
  }

  @Test
  void restoringPutsEveryArticleBackUnderItsSavedEventId() {
    List<Article> a = where(LiveGroupingTest::inMarch14OrBefore);
    List<Article> b = where(x -> !inMarch14OrBefore(x));
    try (LiveGrouping live = LiveGrouping.group(b)) {
      live.add(a); // arrival order differs from publication order: a first grouping would name events otherwise
      LiveGrouping.Assignments saved = live.assignments();
      Set<String> ids = new HashSet<>(live.grouped().events().stream().map(Event::id).toList());

      String train = eventOf(live, "03_raed_train.txt");
      try (LiveGrouping scratch = LiveGrouping.group(samples)) {
        assertThat(eventOf(scratch, "03_raed_train.txt")).isNotEqualTo(train);
      }
      try (LiveGrouping restored = LiveGrouping.restore(samples, saved)) {
        assertThat(restored.fullGroupings()).isZero();
        assertThat(restored.restoreReport()).isEqualTo(new LiveGrouping.RestoreReport(samples.size(), 0, 0));
        assertThat(new HashSet<>(restored.grouped().events().stream().map(Event::id).toList())).isEqualTo(ids);
        assertThat(restored.assignments()).isEqualTo(saved);
        assertThat(restored.grouped().events()).isEqualTo(live.grouped().events());
        assertThat(eventOf(restored, "03_raed_train.txt")).isEqualTo(train);
      }
    }
  }

  @Test
  void restoringWithArticlesNotSavedAssignsThemAfterTheSavedOnes() {
    String late = "07_sada_water_round2.txt";
    try (LiveGrouping live = LiveGrouping.group(where(x -> !x.id().equals(late)))) {
      LiveGrouping.Assignments saved = live.assignments();
      List<LiveGrouping.Placement> savedWithGhost = new ArrayList<>(saved.arrivals());
      savedWithGhost.add(new LiveGrouping.Placement("gone.txt", "e-123456789abc"));
      try (LiveGrouping restored = LiveGrouping.restore(samples, new LiveGrouping.Assignments(savedWithGhost, Map.of()))) {
        assertThat(restored.restoreReport()).isEqualTo(new LiveGrouping.RestoreReport(samples.size() - 1, 1, 1));
        assertThat(partition(restored.grouped().events())).isEqualTo(partition(Marsad.group(samples).events()));
      }
    }
  }
}
