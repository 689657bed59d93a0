package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.pipeline.Pipeline;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.clean.CleanStage;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import org.marsad.text.ar.SpellingKey;

/**
 * The extraction stages on the five seeds, against gold.json read at run time: REPORTS how many gold dates,
 * quantities and persons are found right (printed), asserts the floors reached, and asserts strictly that every
 * mention's text is its span of the original text.
 */
class ExtractSeedsGoldTest {
  private static JsonNode gold;
  private static Map<String, Article> byId;

  @BeforeAll
  static void run() throws Exception {
    Path seeds = SharedData.require("corpus/seeds");
    gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
    List<Article> ingested = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(List.of(seeds), ingested::add, e -> {});
    Pipeline pipeline = Pipeline.of(new CleanStage(), new NerStage(), new DateStage(), new QuantityStage(), new QuoteStage());
    byId = new HashMap<>();
    for (Article a : ingested) byId.put(a.id(), pipeline.process(a, StageContext.NONE));
  }

  @Test
  void everyMentionIsItsOriginalSubstring() {
    for (Article a : byId.values()) {
      assertThat(a.problems()).as(a.id()).isEmpty();
      for (Entity e : a.entities()) assertThat(e.text()).isEqualTo(a.textOf(e.span()));
      for (DateMention d : a.dates()) assertThat(d.text()).isEqualTo(a.textOf(d.span()));
      for (Quantity q : a.quantities()) assertThat(q.text()).isEqualTo(a.textOf(q.span()));
      for (Quote q : a.quotes()) assertThat(q.text()).isEqualTo(a.textOf(q.span()));
    }
  }

  @Test
  void goldDates() {
    int total = 0, found = 0, right = 0;
    for (var it = gold.get("articles").fields(); it.hasNext(); ) {
      var entry = it.next();
      Article a = byId.get(entry.getKey());
      // an article without a publication date is resolved the way the events stage would: through its event's date
      Article resolved = a.meta().published() != null ? a : DateStage.resolve(a, eventDate(entry.getKey()));
      for (JsonNode d : entry.getValue().get("dates")) {
        total++;
        String text = d.get("text").asText(), means = d.get("means").asText();
        DateMention hit = null;
        for (DateMention m : resolved.dates()) if (text.contains(m.text()) || m.text().contains(text)) hit = hit == null || means.equals(m.value()) ? m : hit;
        if (hit != null) found++;
        boolean ok = hit != null && means.equals(hit.value());
        if (ok) right++;
        System.out.printf("date %s «%s» gold %s → %s%n", ok ? "OK  " : "MISS", text, means, hit == null ? "not found" : hit.text() + " = " + hit.value());
      }
    }
    System.out.printf("seed dates: %d gold, %d found, %d with the gold value%n", total, found, right);
    assertThat(right).isGreaterThanOrEqualTo(9);
  }

  /** Kuwait's weekday: without any reference date it stays unresolved, its weekday kept. */
  @Test
  void weekdayWithoutReferenceStaysUnresolved() {
    for (Article a : byId.values()) {
      if (a.meta().published() != null) continue;
      for (DateMention d : a.dates()) if (d.weekday() != 0 && d.value() != null) {
        // only a full date right after the weekday may give it a value
        assertThat(a.dates()).anySatisfy(o -> assertThat(o.value()).isEqualTo(d.value()).matches(v -> o != d));
      }
    }
  }

  private static LocalDate eventDate(String articleId) {
    for (JsonNode ev : gold.get("events")) {
      for (JsonNode id : ev.get("articles")) {
        if (id.asText().equals(articleId) && ev.get("when").asText().length() == 10) return LocalDate.parse(ev.get("when").asText());
      }
    }
    return null;
  }

  @Test
  void goldQuantities() {
    int counts = 0, right = 0, identifiers = 0, identifiersKept = 0;
    for (var it = gold.get("articles").fields(); it.hasNext(); ) {
      var entry = it.next();
      Article a = byId.get(entry.getKey());
      for (JsonNode q : entry.getValue().get("quantities")) {
        String text = q.get("text").asText();
        double value = q.get("value").asDouble();
        boolean identifier = q.get("of").asText().contains("not a count");
        Quantity hit = null;
        for (Quantity m : a.quantities()) if ((m.text().contains(text) || text.contains(m.text())) && m.value() == value) hit = m;
        if (identifier) {
          identifiers++;
          if (hit != null) identifiersKept++;
          System.out.printf("identifier «%s» %s%n", text, hit == null ? "excluded (right)" : "KEPT as a count");
          continue;
        }
        counts++;
        if (hit != null) right++;
        System.out.printf("quantity %s «%s» %s → %s%n", hit != null ? "OK  " : "MISS", text, value,
            hit == null ? "not found" : hit.text() + " unit=" + hit.unit() + " of=" + hit.of());
      }
    }
    System.out.printf("seed quantities: %d gold counts, %d found with the value; identifiers kept %d/%d%n", counts, right, identifiersKept, identifiers);
    assertThat(right).as("every gold count found with its value").isEqualTo(counts);
    assertThat(identifiersKept).isZero();
  }

  @Test
  void goldPersons() {
    int pairs = 0, found = 0;
    Map<String, List<String>> canonicals = new HashMap<>();
    for (JsonNode person : gold.get("entities").get("persons")) {
      for (JsonNode id : person.get("articles")) {
        pairs++;
        Article a = byId.get(id.asText());
        Entity hit = null;
        for (JsonNode form : person.get("forms")) {
          String key = SpellingKey.of(EntityResolver.personName(form.asText()));
          for (Entity e : a.entities()) {
            if (e.type() == EntityType.PER && SpellingKey.of(EntityResolver.personName(e.text())).contains(key)) hit = e;
          }
        }
        if (hit != null) found++;
        canonicals.computeIfAbsent(person.get("canonical").asText(), k -> new ArrayList<>()).add(hit == null ? null : hit.canonical() + " | " + hit.role());
      }
    }
    canonicals.forEach((k, v) -> System.out.println("person " + k + " → " + v));
    for (JsonNode not : gold.get("entities").get("not_persons_of_the_story")) {
      String form = not.get("form").asText();
      for (Article a : byId.values()) for (Entity e : a.entities()) assertThat(e.text()).as("masthead").doesNotContain(form);
    }
    System.out.printf("seed persons: %d (person, article) pairs, %d found as PER%n", pairs, found);
    assertThat(found).isGreaterThanOrEqualTo(pairs * 3 / 4);
  }

  @Test
  void quotesHaveSpeakers() {
    int n = 0;
    for (Article a : byId.values()) {
      for (Quote q : a.quotes()) {
        n++;
        System.out.println("quote " + a.id() + " [" + q.speaker() + "] " + q.text().substring(0, Math.min(80, q.text().length())));
        assertThat(q.speaker()).isNotBlank();
      }
    }
    System.out.println("seed quotes: " + n);
  }
}
