package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.model.Event;

/** The foundation's "done when" on the five seeds, checked against gold.json read at run time. */
class DigestSeedsGoldTest {
  private static Path seeds;
  private static JsonNode gold;
  private static Digest digest;
  private static Map<String, Article> byId;

  @BeforeAll
  static void digestSeeds() throws Exception {
    seeds = SharedData.require("corpus/seeds");
    gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
    digest = Marsad.digest(new DigestRequest(List.of(seeds), null, null), Progress.NONE);
    byId = new HashMap<>();
    for (Article a : digest.articles()) byId.put(a.id(), a);
  }

  @Test
  void everySeedIsReadWithoutErrors() {
    assertThat(digest.errors()).isEmpty();
    gold.get("articles").fieldNames().forEachRemaining(id -> assertThat(byId).containsKey(id));
  }

  /** A boilerplate line may also occur inside a real sentence; the body keeps only those occurrences. */
  @Test
  void boilerplateLinesAreAbsentFromBodies() throws Exception {
    for (var it = gold.get("articles").fields(); it.hasNext(); ) {
      var entry = it.next();
      String body = byId.get(entry.getKey()).bodyText();
      List<String> raw = Files.readAllLines(seeds.resolve(entry.getKey()), StandardCharsets.UTF_8);
      Set<String> furniture = new HashSet<>();
      entry.getValue().get("boilerplate").forEach(b -> furniture.add(b.asText()));
      for (String b : furniture) {
        long inSentences = raw.stream().filter(l -> !furniture.contains(l.strip())).mapToLong(l -> count(l, b)).sum();
        assertThat(count(body, b)).as("%s: boilerplate \"%s\" in body", entry.getKey(), b).isLessThanOrEqualTo(inSentences);
      }
    }
  }

  @Test
  void mustKeepSentencesSurvive() {
    for (var it = gold.get("articles").fields(); it.hasNext(); ) {
      var entry = it.next();
      String body = byId.get(entry.getKey()).bodyText();
      entry.getValue().get("must_keep").forEach(k -> assertThat(body).as(entry.getKey()).contains(k.asText()));
    }
  }

  @Test
  void titlesMatch() {
    for (var it = gold.get("articles").fields(); it.hasNext(); ) {
      var entry = it.next();
      assertThat(byId.get(entry.getKey()).meta().title()).as(entry.getKey()).isEqualTo(entry.getValue().get("title").asText());
    }
  }

  /** Right where gold has a date; where gold has none the text does not say, so a date would be invented. */
  @Test
  void publishedIsRightWhereGoldHasIt() {
    for (var it = gold.get("articles").fields(); it.hasNext(); ) {
      var entry = it.next();
      JsonNode published = entry.getValue().get("published");
      String ours = byId.get(entry.getKey()).meta().published();
      if (published.isNull()) assertThat(ours).as(entry.getKey()).isNull();
      else assertThat(ours).as(entry.getKey()).isEqualTo(published.asText());
    }
  }

  /** The update time is metadata of its own, never taken for the publication time. */
  @Test
  void updatedIsRightWhereGoldHasIt() {
    for (var it = gold.get("articles").fields(); it.hasNext(); ) {
      var entry = it.next();
      JsonNode updated = entry.getValue().get("updated");
      if (updated != null && !updated.isNull()) {
        assertThat(byId.get(entry.getKey()).meta().updated()).as(entry.getKey()).isEqualTo(updated.asText());
      }
    }
  }

  @Test
  void goldEventsAreGroupedAndOthersKeptApart() {
    Map<String, String> eventOf = new HashMap<>();
    for (Event e : digest.events()) for (String id : e.articleIds()) eventOf.put(id, e.id());
    for (JsonNode goldEvent : gold.get("events")) {
      List<String> members = new java.util.ArrayList<>();
      goldEvent.get("articles").forEach(a -> members.add(a.asText()));
      Set<String> ours = new HashSet<>();
      for (String id : members) ours.add(eventOf.get(id));
      assertThat(ours).as("gold event %s is one event", goldEvent.get("id").asText()).hasSize(1);
      for (String id : byId.keySet()) {
        if (!members.contains(id)) {
          assertThat(eventOf.get(id)).as("%s is not in gold event %s", id, goldEvent.get("id").asText())
              .isNotEqualTo(eventOf.get(members.get(0)));
        }
      }
    }
  }

  @Test
  void everyArticleInOneEventAndEveryEventInOneStory() {
    List<String> inEvents = digest.events().stream().flatMap(e -> e.articleIds().stream()).sorted().toList();
    assertThat(inEvents).isEqualTo(digest.articles().stream().map(Article::id).sorted().toList());
    List<String> inStories = digest.stories().stream().flatMap(s -> s.eventIds().stream()).sorted().toList();
    assertThat(inStories).isEqualTo(digest.events().stream().map(Event::id).sorted().toList());
  }

  private static long count(String haystack, String needle) {
    long n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) n++;
    return n;
  }

  /** Gold's two conflicts of the Rome meeting: each gold claim's value is claimed by (at least) one of its articles. */
  @Test
  void goldConflictsAreReportedWithTheirClaims() {
    for (JsonNode goldConflict : gold.get("conflicts")) {
      if (goldConflict.get("about").asText().contains("trend")) continue;
      String firstArticle = goldConflict.get("claims").get(0).get("articles").get(0).asText();
      Event event = digest.events().stream().filter(e -> e.articleIds().contains(firstArticle)).findFirst().orElseThrow();
      boolean found = event.conflicts().stream().anyMatch(c -> {
        for (JsonNode claim : goldConflict.get("claims")) {
          String value = isoDateOrNumber(claim.get("value").asText());
          boolean claimed = c.claims().stream()
              .anyMatch(ours -> ours.value().equals(value) && containsAny(ours.articleIds(), claim.get("articles")));
          if (!claimed) return false;
        }
        return true;
      });
      assertThat(found).as("conflict \"%s\" in %s", goldConflict.get("about").asText(), event.conflicts()).isTrue();
    }
  }

  @Test
  void undatedRomeArticlesTakeTheirEventsDate() {
    assertThat(byId.get("001_987a928acb331fb9.txt").meta().publishedInferred()).isEqualTo("2021-06-28");
    assertThat(byId.get("003_1c787875b37093a0.txt").meta().publishedInferred()).isEqualTo("2021-06-28");
    assertThat(byId.get("004_50ac9ffaa13a6bae.txt").meta().publishedInferred()).isNull();
  }

  private static String isoDateOrNumber(String goldValue) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(goldValue);
    return m.find() ? m.group() : goldValue;
  }

  private static boolean containsAny(List<String> ours, JsonNode goldArticles) {
    for (JsonNode a : goldArticles) if (ours.contains(a.asText())) return true;
    return false;
  }

  /**
   * Every gold date resolves to what it means, undated articles through their event's date; a weekday whose date the
   * text does not give (gold's note says a system must not invent one) stays unresolved.
   */
  @Test
  void goldDatesResolveThroughTheDigest() {
    for (var it = gold.get("articles").fields(); it.hasNext(); ) {
      var entry = it.next();
      Article a = byId.get(entry.getKey());
      for (JsonNode d : entry.getValue().get("dates")) {
        String text = d.get("text").asText();
        List<org.marsad.model.DateMention> ours = a.dates().stream()
            .filter(m -> text.contains(m.text()) || m.text().contains(text)).toList();
        assertThat(ours).as("%s: a mention of «%s»", entry.getKey(), text).isNotEmpty();
        if (d.path("note").asText().contains("must not invent")) {
          assertThat(ours).as("%s «%s» stays unresolved", entry.getKey(), text).allSatisfy(m -> assertThat(m.value()).isNull());
          assertThat(ours).as("%s «%s» keeps its weekday", entry.getKey(), text).anySatisfy(m -> assertThat(m.weekday()).isPositive());
        } else {
          assertThat(ours).as("%s «%s» means %s", entry.getKey(), text, d.get("means").asText())
              .anySatisfy(m -> assertThat(m.value()).isEqualTo(d.get("means").asText()));
        }
      }
    }
  }
}
