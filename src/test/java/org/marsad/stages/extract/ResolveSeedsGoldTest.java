package org.marsad.stages.extract;

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
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.text.ar.SpellingKey;

/**
 * Cross-article identity on the five seeds through the real digest, against gold.json read at run time: for every
 * gold person and every article listed for them, some PER entity of that article has one of the gold forms, and all
 * of one person's entities share one canonical that no other gold person has. Reports the (person, article) pairs
 * that pass and asserts the count reached; the masthead name is strictly not an entity.
 */
class ResolveSeedsGoldTest {
  private static JsonNode gold;
  private static Map<String, Article> byId;

  @BeforeAll
  static void digest() throws Exception {
    Path seeds = SharedData.require("corpus/seeds");
    gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
    byId = new HashMap<>();
    for (Article a : Marsad.digest(new DigestRequest(List.of(seeds), null, null), Progress.NONE).articles()) byId.put(a.id(), a);
  }

  private static String key(String text) {
    return SpellingKey.of(EntityResolver.personName(text));
  }

  @Test
  void everyGoldPersonHasOneCanonicalAcrossItsArticles() {
    // per gold person: the canonicals of its matching entities, per article
    Map<String, Map<String, Set<String>>> found = new HashMap<>();
    for (JsonNode person : gold.get("entities").get("persons")) {
      Set<String> forms = new HashSet<>();
      for (JsonNode f : person.get("forms")) forms.add(key(f.asText()));
      Map<String, Set<String>> perArticle = new HashMap<>();
      for (JsonNode id : person.get("articles")) {
        Set<String> canonicals = new HashSet<>();
        Article a = byId.get(id.asText());
        if (a != null) for (Entity e : a.entities()) if (e.type() == EntityType.PER && forms.contains(key(e.text()))) canonicals.add(e.canonical());
        perArticle.put(id.asText(), canonicals);
      }
      found.put(person.get("canonical").asText(), perArticle);
    }
    // the canonical each gold person is known by: the most common among its found entities
    Map<String, String> chosen = new HashMap<>();
    Map<String, Integer> owners = new HashMap<>();
    found.forEach((person, perArticle) -> {
      Map<String, Integer> n = new HashMap<>();
      perArticle.values().forEach(cs -> cs.forEach(c -> n.merge(c, 1, Integer::sum)));
      n.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> {
        chosen.put(person, e.getKey());
        owners.merge(e.getKey(), 1, Integer::sum);
      });
    });
    int pairs = 0, pass = 0;
    List<String> misses = new ArrayList<>();
    for (var p : found.entrySet()) {
      String c = chosen.get(p.getKey());
      for (var a : p.getValue().entrySet()) {
        pairs++;
        boolean ok = c != null && a.getValue().equals(Set.of(c)) && owners.get(c) == 1;
        if (ok) pass++;
        else misses.add(p.getKey() + " in " + a.getKey() + " → " + a.getValue() + " (chosen " + c + ")");
        System.out.printf("person %s %s in %s → %s%n", ok ? "OK  " : "MISS", p.getKey(), a.getKey(), a.getValue());
      }
    }
    System.out.printf("seed persons across articles: %d/%d (person, article) pairs with one shared canonical%n", pass, pairs);
    misses.forEach(m -> System.out.println("missing: " + m));
    assertThat(pass).isGreaterThanOrEqualTo(22);
  }

  @Test
  void mastheadNameIsNoEntity() {
    for (JsonNode not : gold.get("entities").get("not_persons_of_the_story")) {
      String form = key(not.get("form").asText());
      for (Article a : byId.values()) {
        for (Entity e : a.entities()) assertThat(key(e.text())).as("masthead in " + a.id()).doesNotContain(form);
      }
    }
  }
}
