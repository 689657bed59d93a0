package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.LiveGrouping;
import org.marsad.model.Brief;
import org.marsad.model.Event;

/** The API's event view carries the brief as the digest JSON does, and old event ids still answer. */
class ApiEventBriefTest {

  @Test
  void theEventViewShowsActorsWithRolesWhyAndHow(@TempDir Path data) throws Exception {
    try (ServerFixture f = new ServerFixture(data)) {
      int withActors = 0;
      for (Event e : f.corpus.snapshot().events()) {
        HttpResponse<String> r = f.get("/api/events/" + e.id());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = ApiTest.json(r);
        assertThat(body.has("why")).as("why is always there, null when no source states one").isTrue();
        assertThat(body.has("how")).isTrue();
        Brief b = e.brief();
        assertThat(b).as(e.id()).isNotNull();
        List<String> names = new ArrayList<>();
        for (JsonNode a : body.path("actors")) {
          names.add(a.path("name").asText());
          assertThat(a.path("type").asText()).isIn("PER", "ORG", "LOC", "MISC");
          for (JsonNode id : a.path("articles")) assertThat(e.articleIds()).contains(id.asText());
        }
        assertThat(names).isEqualTo(b.who().stream().map(Brief.Actor::name).toList());
        for (int i = 0; i < b.who().size(); i++) {
          JsonNode role = body.path("actors").get(i).path("role");
          assertThat(role.isMissingNode()).as("role is shown even when null").isFalse();
          assertThat(role.isNull() ? null : role.asText()).isEqualTo(b.who().get(i).role());
        }
        checkClause(body.path("why"), b.why());
        checkClause(body.path("how"), b.how());
        if (!names.isEmpty()) withActors++;
      }
      assertThat(withActors).isPositive();
    }
  }

  static void checkClause(JsonNode json, Brief.Clause c) {
    if (c == null) {
      assertThat(json.isNull()).isTrue();
      return;
    }
    assertThat(json.path("text").asText()).isEqualTo(c.text());
    assertThat(json.path("article").asText()).isEqualTo(c.articleId());
    assertThat(json.path("start").asInt()).isEqualTo(c.span().start());
    assertThat(json.path("end").asInt()).isEqualTo(c.span().end());
  }

  @Test
  void anOldEventIdAnswersWithTheEventItWasMergedInto(@TempDir Path data) throws Exception {
    String current;
    try (Corpus c = Corpus.open(data, m -> {})) {
      c.ingest(List.of(Path.of("samples/03_raed_train.txt"), Path.of("samples/04_mirat_train.html")));
      current = c.snapshot().events().get(0).id();
    }
    // an alias as a merge leaves it, saved before the restart
    Path file = AssignmentFile.in(data);
    LiveGrouping.Assignments saved = AssignmentFile.read(file).orElseThrow();
    AssignmentFile.write(file, new LiveGrouping.Assignments(saved.arrivals(), Map.of("e-aaaaaaaaaaaa", current)));
    try (Corpus c = Corpus.open(data, m -> {});
        MarsadServer server = MarsadServer.start(c, MarsadServer.Options.loopback(0, "t"))) {
      var http = java.net.http.HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      HttpResponse<String> api = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/api/events/e-aaaaaaaaaaaa")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(api.statusCode()).isEqualTo(200);
      assertThat(ApiTest.JSON.readTree(api.body()).path("id").asText()).isEqualTo(current);
      assertThat(api.headers().firstValue("Content-Location")).hasValue("/api/events/" + current);

      HttpResponse<String> page = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/events/e-aaaaaaaaaaaa")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Location")).hasValue("/events/" + current);

      HttpResponse<String> unknown = http.send(java.net.http.HttpRequest.newBuilder(
          java.net.URI.create(base + "/api/events/e-bbbbbbbbbbbb")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(unknown.statusCode()).isEqualTo(404);
    }
  }
}
