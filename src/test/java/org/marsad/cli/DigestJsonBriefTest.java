package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.model.Article;
import org.marsad.model.Digest;

/** The digest JSON carries each event's brief beyond the contract: actors with roles, and why/how with offsets. */
class DigestJsonBriefTest {

  @Test
  void eventsCarryActorsAndSourcedWhyHowClauses() throws Exception {
    Digest digest = Marsad.digest(new DigestRequest(List.of(Path.of("samples")), null, null), Progress.NONE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DigestJson.write(digest, out, false);
    JsonNode root = new ObjectMapper().readTree(out.toByteArray());
    Map<String, Article> byId = new HashMap<>();
    for (Article a : digest.articles()) byId.put(a.id(), a);

    int clauses = 0;
    assertThat(root.path("events").size()).isEqualTo(digest.events().size()).isPositive();
    for (JsonNode e : root.path("events")) {
      assertThat(e.path("actors").isArray()).as("actors of %s", e.path("id")).isTrue();
      for (JsonNode actor : e.path("actors")) {
        assertThat(actor.path("name").asText()).isNotBlank();
        assertThat(actor.path("type").asText()).isIn("PER", "ORG", "LOC", "MISC");
      }
      for (String field : List.of("why", "how")) {
        assertThat(e.has(field)).isTrue();
        JsonNode c = e.path(field);
        if (c.isNull()) continue;
        clauses++;
        Article a = byId.get(c.path("article").asText());
        assertThat(a).isNotNull();
        // the clause is the source's own words, at the offsets given
        assertThat(a.text().substring(c.path("start").asInt(), c.path("end").asInt())).isEqualTo(c.path("text").asText());
      }
    }
    // the central bank sample gives a reason with بسبب
    assertThat(clauses).isPositive();
  }
}
