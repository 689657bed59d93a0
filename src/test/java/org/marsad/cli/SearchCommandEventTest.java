package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.LiveGrouping;
import org.marsad.model.Event;
import org.marsad.search.ArticleSearch;
import org.marsad.web.AssignmentFile;
import org.marsad.web.Corpus;
import picocli.CommandLine;

/** {@code marsad search --event ID} finds the articles of the event the server shows under that id. */
class SearchCommandEventTest {

  private static List<Path> samples() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("samples"))) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** Ingests the samples as the server does; returns the event holding the train report. */
  private static Event serve(Path data) throws Exception {
    try (Corpus c = Corpus.open(data, m -> {})) {
      c.ingest(samples());
      return c.snapshot().events().stream().filter(e -> e.articleIds().contains("03_raed_train.txt")).findFirst().orElseThrow();
    }
  }

  @Test
  void theServersSavedAssignmentGivesTheEventsArticles(@TempDir Path data) throws Exception {
    Event train = serve(data);
    assertThat(train.articleIds()).hasSizeGreaterThan(1);
    try (ArticleSearch search = ArticleSearch.open(data)) {
      assertThat(SearchCommand.eventMembers(data, search, train.id())).containsExactlyInAnyOrderElementsOf(train.articleIds());
    }
  }

  @Test
  void aMergedEventsOldIdFindsTheEventItJoined(@TempDir Path data) throws Exception {
    Event train = serve(data);
    Path file = AssignmentFile.in(data);
    LiveGrouping.Assignments saved = AssignmentFile.read(file).orElseThrow();
    AssignmentFile.write(file, new LiveGrouping.Assignments(saved.arrivals(), Map.of("e-0123456789ab", train.id())));
    try (ArticleSearch search = ArticleSearch.open(data)) {
      assertThat(SearchCommand.eventMembers(data, search, "e-0123456789ab")).containsExactlyInAnyOrderElementsOf(train.articleIds());
      assertThat(SearchCommand.eventMembers(data, search, "e-ffffffffffff")).isEmpty();
    }
  }

  /** A store the server never opened: grouped as the server's first grouping would, so the ids agree. */
  @Test
  void withoutASavedAssignmentTheStoredArticlesAreGroupedAsTheServerWould(@TempDir Path data) throws Exception {
    Event train = serve(data);
    Files.delete(AssignmentFile.in(data));
    try (ArticleSearch search = ArticleSearch.open(data)) {
      assertThat(SearchCommand.eventMembers(data, search, train.id())).containsExactlyInAnyOrderElementsOf(train.articleIds());
    }
  }

  @Test
  void anUnknownEventIsAUsageErrorThatSaysSo(@TempDir Path data) throws Exception {
    serve(data);
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new SearchCommand());
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("", "--data", data.toString(), "--event", "e-ffffffffffff")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("no event with id e-ffffffffffff");
  }
}
