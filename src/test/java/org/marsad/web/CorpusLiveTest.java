package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.LiveGrouping;
import org.marsad.ask.AskResult;
import org.marsad.Marsad;
import org.marsad.model.Event;

/** The server's corpus keeps its events live: ingests assign, restarts replay the saved assignment. */
class CorpusLiveTest {
  static final Path SAMPLES = Path.of("samples");
  static final List<Path> BATCH_A = files("01_ufuq_water_summit.txt", "02_sada_water_summit.html", "03_raed_train.txt",
      "06_ufuq_bank.txt");
  static final List<Path> BATCH_B = files("04_mirat_train.html", "05_nakheel_feed.jsonl", "07_sada_water_round2.txt",
      "08_raed_feed.xml", "09_jisr_wire.txt");

  static List<Path> files(String... names) {
    List<Path> out = new ArrayList<>();
    for (String n : names) out.add(SAMPLES.resolve(n));
    return out;
  }

  static Set<Set<String>> partition(List<Event> events) {
    Set<Set<String>> out = new HashSet<>();
    for (Event e : events) out.add(Set.copyOf(e.articleIds()));
    return out;
  }

  static Set<String> ids(Corpus.Snapshot s) {
    return new HashSet<>(s.eventsById().keySet());
  }

  @Test
  void ingestsAssignWithoutRegroupingAndMatchGroupingAllAtOnce(@TempDir Path data) throws Exception {
    List<String> log = new ArrayList<>();
    try (Corpus c = Corpus.open(data, log::add)) {
      assertThat(c.fullGroupings()).isEqualTo(1); // the empty store, once
      c.ingest(BATCH_A);
      long builds = c.eventBuilds();
      Corpus.IngestReport r = c.ingest(BATCH_B);
      assertThat(r.added()).hasSize(8);
      assertThat(c.fullGroupings()).isEqualTo(1);
      // five articles of B join or start at most the four events: never a rebuild of all
      assertThat(c.eventBuilds() - builds).isBetween(1L, 4L);
      Corpus.Snapshot s = c.snapshot();
      assertThat(s.articlesById()).hasSize(12);
      assertThat(partition(s.events())).isEqualTo(partition(Corpus.group(List.copyOf(s.articlesById().values())).events()));
    }
    assertThat(log).isEmpty(); // a new store has nothing to regroup
  }

  @Test
  void aRestartReadsTheSavedAssignmentInsteadOfRegrouping(@TempDir Path data) throws Exception {
    Set<String> before;
    Set<Set<String>> partitionBefore;
    try (Corpus c = Corpus.open(data, m -> {})) {
      c.ingest(BATCH_B); // the later reports first: a regroup in publication order would name the train event otherwise
      c.ingest(BATCH_A);
      before = ids(c.snapshot());
      partitionBefore = partition(c.snapshot().events());
    }
    assertThat(AssignmentFile.in(data)).exists();
    List<String> log = new ArrayList<>();
    try (Corpus c = Corpus.open(data, log::add)) {
      assertThat(c.fullGroupings()).isZero();
      assertThat(ids(c.snapshot())).isEqualTo(before);
      assertThat(partition(c.snapshot().events())).isEqualTo(partitionBefore);
    }
    assertThat(log).isEmpty();

    // without the file: grouped from scratch, and the log says so
    Files.delete(AssignmentFile.in(data));
    log.clear();
    try (Corpus c = Corpus.open(data, log::add)) {
      assertThat(c.fullGroupings()).isEqualTo(1);
      assertThat(partition(c.snapshot().events())).isEqualTo(partitionBefore);
      assertThat(ids(c.snapshot())).isNotEqualTo(before);
    }
    assertThat(log).singleElement().asString().contains("no saved event assignment").contains("from scratch");
    assertThat(AssignmentFile.in(data)).exists(); // saved again at once
  }

  @Test
  void aDamagedAssignmentFileIsReportedAndTheCorpusRegrouped(@TempDir Path data) throws Exception {
    try (Corpus c = Corpus.open(data, m -> {})) {
      c.ingest(BATCH_A);
    }
    Path file = AssignmentFile.in(data);
    byte[] whole = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2)); // as a crash mid-write would, without the move
    List<String> log = new ArrayList<>();
    try (Corpus c = Corpus.open(data, log::add)) {
      assertThat(c.fullGroupings()).isEqualTo(1);
      assertThat(c.snapshot().articlesById()).hasSize(4);
    }
    assertThat(log).singleElement().asString().contains("cannot use the saved event assignment").contains("from scratch");
    assertThat(AssignmentFile.read(file)).isPresent(); // rewritten whole
  }

  @Test
  void aRestartKeepsTheSavedEventIdsEvenWhereAFreshGroupingWouldNameThemOtherwise(@TempDir Path data) throws Exception {
    String trainId;
    Set<String> trainMembers;
    try (Corpus c = Corpus.open(data, m -> {})) {
      c.ingest(BATCH_A);
      trainId = eventOf(c.snapshot(), "03_raed_train.txt");
      trainMembers = Set.copyOf(c.snapshot().event(trainId).articleIds());
    }
    // as if an older model had named the train event otherwise, and merged another id into it
    Path file = AssignmentFile.in(data);
    LiveGrouping.Assignments saved = AssignmentFile.read(file).orElseThrow();
    List<LiveGrouping.Placement> renamed = new ArrayList<>();
    for (LiveGrouping.Placement p : saved.arrivals()) {
      renamed.add(p.eventId().equals(trainId) ? new LiveGrouping.Placement(p.articleId(), "e-0123456789ab") : p);
    }
    AssignmentFile.write(file, new LiveGrouping.Assignments(renamed, Map.of("e-ffffffffffff", "e-0123456789ab")));
    List<String> log = new ArrayList<>();
    try (Corpus c = Corpus.open(data, log::add)) {
      Corpus.Snapshot s = c.snapshot();
      assertThat(s.event("e-0123456789ab").id()).isEqualTo("e-0123456789ab");
      assertThat(s.event("e-0123456789ab").articleIds()).containsExactlyInAnyOrderElementsOf(trainMembers);
      assertThat(s.event("e-ffffffffffff").id()).isEqualTo("e-0123456789ab");
      assertThat(s.event(trainId)).isNull();
      assertThat(c.fullGroupings()).isZero();
    }
    assertThat(log).isEmpty();
  }

  @Test
  void eachSnapshotBuildsItsQuestionIndexOnce(@TempDir Path data) throws Exception {
    try (Corpus c = Corpus.open(data, m -> {})) {
      c.ingest(BATCH_A);
      Corpus.Snapshot s = c.snapshot();
      assertThat(s.askIndex()).isSameAs(s.askIndex());
      String q = "كم بلغت التعهدات في قمة المياه؟";
      AskResult fromIndex = Marsad.ask(q, s.askIndex());
      AskResult fromArticles = Marsad.ask(q, List.copyOf(s.articlesById().values()));
      assertThat(fromIndex).isEqualTo(fromArticles);
      c.ingest(BATCH_B);
      assertThat(c.snapshot().askIndex()).isNotSameAs(s.askIndex());
      assertThat(c.snapshot().askIndex().articles()).hasSize(12);
    }
  }

  @Test
  void onASmallCorpusStoriesFollowEachIngestAtOnce(@TempDir Path data) throws Exception {
    try (Corpus c = Corpus.open(data, m -> {})) {
      c.ingest(BATCH_A);
      c.ingest(BATCH_B);
      Corpus.Snapshot s = c.snapshot();
      for (Event e : s.events()) assertThat(s.storyByEventId()).as(e.id()).containsKey(e.id());
    }
  }

  @Test
  void storiesRegroupedInTheBackgroundCatchUpWithTheEvents(@TempDir Path data) throws Exception {
    try (Corpus c = Corpus.open(data, m -> {}, java.time.Duration.ZERO)) {
      c.ingest(BATCH_A);
      c.ingest(BATCH_B);
      assertThat(c.snapshot().articlesById()).hasSize(12); // events are current as soon as the ingest returns
      assertThat(partition(c.snapshot().events())).hasSize(4);
      c.awaitStories();
      Corpus.Snapshot s = c.snapshot();
      for (Event e : s.events()) assertThat(s.storyByEventId()).as(e.id()).containsKey(e.id());
      Set<String> storyEvents = new HashSet<>();
      for (var story : s.storiesById().values()) storyEvents.addAll(story.eventIds());
      assertThat(storyEvents).isEqualTo(s.eventsById().keySet());
    }
  }

  static String eventOf(Corpus.Snapshot s, String articleId) {
    return s.events().stream().filter(e -> e.articleIds().contains(articleId)).findFirst().orElseThrow().id();
  }

  @Test
  void theSavedFileNamesEveryArticleAndLeavesNoTemporaryFile(@TempDir Path data) throws Exception {
    try (Corpus c = Corpus.open(data, m -> {})) {
      c.ingest(BATCH_A);
      LiveGrouping.Assignments a = AssignmentFile.read(AssignmentFile.in(data)).orElseThrow();
      assertThat(a.arrivals()).extracting(LiveGrouping.Placement::articleId)
          .containsExactlyInAnyOrderElementsOf(c.snapshot().articlesById().keySet());
      for (LiveGrouping.Placement p : a.arrivals()) assertThat(c.snapshot().eventsById()).containsKey(p.eventId());
    }
    try (var files = Files.list(data)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aFileThatIsNotASavedAssignmentIsRefusedWithItsName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(AssignmentFile.NAME);
    assertThat(AssignmentFile.read(file)).isEmpty();
    Files.writeString(file, "{\"format\": \"other\"}", StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AssignmentFile.read(file))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining(file.toString());
    Files.writeString(file, "{\"format\": \"marsad-assignment\", \"version\": 1, \"arrivals\": [[\"a\"]], \"aliases\": {}}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AssignmentFile.read(file))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("arrival");
  }
}
