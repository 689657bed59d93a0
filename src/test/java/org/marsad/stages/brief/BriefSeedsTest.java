package org.marsad.stages.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.model.Article;
import org.marsad.model.Brief;
import org.marsad.model.Digest;
import org.marsad.model.Event;
import org.marsad.text.ar.Normalizer;

/** Briefs of the seed events through the whole digest, checked against gold.json read at run time. */
class BriefSeedsTest {
  private static JsonNode gold;
  private static Digest digest;
  private static final Map<String, Article> BY_ID = new HashMap<>();

  @BeforeAll
  static void digestSeeds() throws Exception {
    Path seeds = SharedData.require("corpus/seeds");
    gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
    digest = Marsad.digest(new DigestRequest(List.of(seeds), null, null), Progress.NONE);
    for (Article a : digest.articles()) BY_ID.put(a.id(), a);
  }

  private static Event eventOf(String articleId) {
    return digest.events().stream().filter(e -> e.articleIds().contains(articleId)).findFirst().orElseThrow();
  }

  private static List<Article> members(Event e) {
    return e.articleIds().stream().map(BY_ID::get).toList();
  }

  private static String norm(String s) {
    return Normalizer.standard().normalizeToString(s).replace(" ", "");
  }

  /** The happening's date where a member is dated (by itself or through its event); null, never a guess, elsewhere. */
  @Test
  void whenIsTheGoldDateOfTheHappeningOrUnknown() {
    for (JsonNode g : gold.get("events")) {
      Event e = eventOf(g.get("articles").get(0).asText());
      boolean dated = members(e).stream().anyMatch(a -> a.meta().published() != null || a.meta().publishedInferred() != null);
      assertThat(e.when()).as(g.get("id").asText()).isEqualTo(dated ? g.get("when").asText() : null);
    }
  }

  /** Every gold person that two or more of an event's articles name is among its who, under one name. */
  @Test
  void whoHoldsThePersonsSeveralSourcesName() {
    for (JsonNode g : gold.get("events")) {
      Set<String> eventArticles = new HashSet<>();
      g.get("articles").forEach(a -> eventArticles.add(a.asText()));
      Event e = eventOf(g.get("articles").get(0).asText());
      for (JsonNode p : gold.get("entities").get("persons")) {
        long inEvent = 0;
        for (JsonNode a : p.get("articles")) if (eventArticles.contains(a.asText())) inEvent++;
        if (inEvent < 2) continue;
        List<String> forms = new ArrayList<>();
        p.get("forms").forEach(f -> forms.add(norm(f.asText())));
        long matches = e.who().stream().map(BriefSeedsTest::norm)
            .filter(w -> forms.stream().anyMatch(f -> f.contains(w) || w.contains(f))).count();
        assertThat(matches).as("%s in %s: %s", p.get("canonical").asText(), g.get("id").asText(), e.who()).isEqualTo(1);
      }
    }
  }

  /** Summary sentences are body text of the article they name, and a multi-outlet event's summary quotes several. */
  @Test
  void summarySentencesComeFromTheirArticlesBodies() {
    for (JsonNode g : gold.get("events")) {
      Event e = eventOf(g.get("articles").get(0).asText());
      assertThat(e.summary()).as(g.get("id").asText()).isNotEmpty();
      Set<String> sources = new HashSet<>();
      for (Event.SummarySentence s : e.summary()) {
        assertThat(BY_ID.get(s.articleId()).bodyText()).contains(s.sentence());
        sources.add(s.articleId());
      }
      if (e.articleIds().size() > 1) assertThat(sources).as(g.get("id").asText()).hasSizeGreaterThan(1);
    }
  }

  /** A why or how is the source's own words, in a member article; nothing is made up. */
  @Test
  void whyAndHowAreQuotedFromAMember() {
    for (Event e : digest.events()) {
      Brief b = EventBriefs.of(e, members(e));
      for (Brief.Clause c : new Brief.Clause[] {b.why(), b.how()}) {
        if (c == null) continue;
        assertThat(e.articleIds()).contains(c.articleId());
        assertThat(BY_ID.get(c.articleId()).textOf(c.span())).isEqualTo(c.text());
      }
    }
  }
}
