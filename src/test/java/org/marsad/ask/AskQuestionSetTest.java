package org.marsad.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.model.Article;

/**
 * The ask test set ({@code questions.tsv}): our own questions over samples/ and the seeds, seed expectations read
 * from gold.json at run time. Every row is asserted except the known misses listed below; accuracy is printed.
 */
class AskQuestionSetTest {
  /**
   * Rows we know the engine misses today; everything else must pass.
   * <ul>
   *   <li>g06, g17: morphology the light stemmer does not bridge: "تشكل" asked, "تشكيل" written (the 2014 sentence
   *       scores below the dated leads); "تحرر … سيطرة" asked, "تحرير … سيطرته" written.
   * </ul>
   */
  static final Set<String> KNOWN_MISSES = Set.of("g06", "g17");
  /** The share of rows that must pass, known misses included. */
  static final double FLOOR = 0.9;

  private static final Map<String, List<Article>> CORPORA = new ConcurrentHashMap<>();
  private static final Set<String> passed = new TreeSet<>();
  private static final Set<String> failed = new TreeSet<>();

  record Row(String id, String corpus, String question, String expected) {
    @Override
    public String toString() {
      return id + " " + question;
    }
  }

  static Stream<Row> rows() throws Exception {
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        AskQuestionSetTest.class.getResourceAsStream("questions.tsv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t");
        rows.add(new Row(c[0], c[1], c[2], c[3]));
      }
    }
    return rows.stream();
  }

  private static List<Article> corpus(String name) {
    return CORPORA.computeIfAbsent(name, n -> {
      Path path = n.equals("samples") ? Path.of("samples") : seeds();
      try {
        return Marsad.digest(new DigestRequest(List.of(path), null, null), Progress.NONE).articles();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private static Path seeds() {
    return SharedData.root().resolve("corpus/seeds");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void answers(Row row) throws Exception {
    if (row.corpus().equals("seeds")) assumeTrue(Files.isDirectory(seeds()), "../shared/corpus/seeds is absent; skipping");
    AskResult r = Marsad.ask(row.question(), corpus(row.corpus()));
    String problem = check(row, r);
    System.out.println((problem == null ? "PASS " : "MISS ") + row.id() + " " + row.question() + " → "
        + (r.answers().isEmpty() ? r.message() + " " + r.nearest() : r.answers().stream()
            .map(a -> a.value() + "[" + a.holdsFor() + "]" + a.sources()).toList())
        + (problem == null ? "" : "  ✗ " + problem));
    (problem == null ? passed : failed).add(row.id());
    if (KNOWN_MISSES.contains(row.id())) return;
    assertTrue(problem == null, row.id() + ": " + problem);
  }

  /** Null when the result meets the row's expectation, else what is wrong. */
  static String check(Row row, AskResult r) throws Exception {
    if (row.expected().equals(AskResult.DONT_KNOW)) {
      return r.answers().isEmpty() && AskResult.DONT_KNOW.equals(r.message()) ? null : "expected لا أعرف";
    }
    if (r.answers().isEmpty()) return "no answer";
    List<Expected> expected = new ArrayList<>();
    for (String part : row.expected().split(" ; ")) expected.addAll(resolve(part.strip()));
    boolean firstOk = false;
    for (Expected e : expected) {
      AskResult.Answer hit = null;
      for (AskResult.Answer a : r.answers()) if (e.matches(a.value())) hit = hit == null ? a : hit;
      if (hit == null) return "missing " + e.alternatives();
      if (!hit.sources().containsAll(e.sources())) return e.alternatives() + " lacks sources " + e.sources() + " (has " + hit.sources() + ")";
      if (e.matches(r.answers().get(0).value())) firstOk = true;
    }
    return firstOk ? null : "first answer " + r.answers().get(0).value() + " is none expected";
  }

  /** One expected answer: any of its alternatives, with the sources it must cite. */
  record Expected(List<String> alternatives, List<String> sources) {
    boolean matches(String value) {
      for (String alt : alternatives) {
        if (alt.startsWith("~") ? key(value).contains(key(alt.substring(1))) : key(value).equals(key(alt))) return true;
        // a name given in fewer words (بلينكن) matches the fuller one (أنتوني بلينكن)
        if (!alt.startsWith("~") && !alt.matches("[0-9.% A-Z-]+") && (" " + key(value) + " ").contains(" " + key(alt) + " ")) return true;
      }
      return false;
    }
  }

  private static String key(String s) {
    return TermAnalysis.INSTANCE.nameKey(s.replace("%", " pct")).replace(" ", " ") + (s.endsWith("%") ? "%" : "");
  }

  private static JsonNode gold;

  private static List<Expected> resolve(String spec) throws Exception {
    if (!spec.startsWith("gold:")) return List.of(new Expected(List.of(spec.split(" \\| ")), List.of()));
    if (gold == null) gold = new ObjectMapper().readTree(seeds().resolve("gold.json").toFile());
    String[] p = spec.split(":");
    List<Expected> out = new ArrayList<>();
    switch (p[1]) {
      case "conflict" -> {
        for (JsonNode claim : gold.get("conflicts").get(Integer.parseInt(p[2])).get("claims")) {
          String v = claim.get("value").asText();
          String iso = v.replaceAll(".*?([0-9]{4}-[0-9]{2}-[0-9]{2}).*", "$1");
          List<String> ids = new ArrayList<>();
          claim.get("articles").forEach(a -> ids.add(a.asText()));
          out.add(new Expected(List.of(iso), ids));
        }
      }
      case "quantity" -> {
        JsonNode q = article(p[2]).get("quantities").get(Integer.parseInt(p[3]));
        String v = org.marsad.model.Quantity.valueText(q.get("value").asDouble());
        out.add(new Expected(List.of(q.has("unit") ? v + " " + q.get("unit").asText() : v), List.of()));
      }
      case "date" -> out.add(new Expected(List.of(article(p[2]).get("dates").get(Integer.parseInt(p[3])).get("means").asText()), List.of()));
      case "person", "place" -> {
        String group = p[1].equals("person") ? "persons" : "places";
        for (JsonNode e : gold.get("entities").get(group)) {
          if (!e.get("canonical").asText().equals(p[2])) continue;
          List<String> forms = new ArrayList<>();
          e.get("forms").forEach(f -> forms.add(f.asText()));
          out.add(new Expected(forms, List.of()));
        }
      }
      case "event" -> {
        for (JsonNode e : gold.get("events")) if (e.get("id").asText().equals(p[2])) out.add(new Expected(List.of(e.get(p[3]).asText()), List.of()));
      }
      default -> throw new IllegalArgumentException("unknown gold spec " + spec);
    }
    assertThat(out).as("gold has " + spec).isNotEmpty();
    return out;
  }

  private static JsonNode article(String prefix) {
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.get("articles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith(prefix)) return e.getValue();
    }
    throw new IllegalArgumentException("no gold article " + prefix);
  }

  @AfterAll
  static void printAccuracy() {
    int n = passed.size() + failed.size();
    System.out.printf("ask test set: %d/%d answered as expected (%.1f%%); misses: %s%n", passed.size(), n,
        n == 0 ? 0.0 : 100.0 * passed.size() / n, failed);
    if (n > 0) assertThat((double) passed.size() / n).as("share of the ask test set answered").isGreaterThanOrEqualTo(FLOOR);
  }
}
