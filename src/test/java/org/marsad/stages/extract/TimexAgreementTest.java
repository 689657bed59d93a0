package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marsad.SharedData;
import org.marsad.model.DateMention;

/**
 * Agreement of {@link DateStage} with the silver TIMEX3 tags of arabic-timeml-heideltime-news (Corpus_test):
 * extent P/R/F1 (strict = same span, relaxed = overlap) against the DATE tags (the only type this stage
 * produces; DURATION is a quantity here), and value agreement on relaxed matches. The files carry no document
 * date; the tags' own value of "اليوم" (2015-12-24) is used as the reference date. Prints the figures and every
 * disagreement; asserts only floors it reaches. Decade and century values are compared as the year ranges this stage
 * writes, and a second figure replaces the silver values we judge wrong ({@code timex-silver-judgements.tsv}).
 */
class TimexAgreementTest {
  private static final Pattern TIMEX = Pattern.compile("<TIMEX3\\b([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
  private static final Pattern TYPE = Pattern.compile("type=\"([A-Z]+)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
  private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d\\d(-\\d\\d)?)?|\\d{4}-W\\d\\d");
  /** TimeML decades (198 = the 1980s) and centuries (19 = the 1900s): this stage writes them as year ranges. */
  private static final Pattern DECADE_OR_CENTURY = Pattern.compile("\\d{2,3}");
  private static final Pattern TID = Pattern.compile("tid=\"([^\"]*)\"");
  private static final Set<String> REFERENCES = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");
  private static final LocalDate REFERENCE = LocalDate.of(2015, 12, 24);

  record Gold(int start, int end, String type, String value, String text, String tid) {}

  /** file + "#" + tid → the value we judge right, from timex-silver-judgements.tsv. */
  private static Map<String, String> judgements() throws Exception {
    Map<String, String> m = new HashMap<>();
    try (var in = TimexAgreementTest.class.getResourceAsStream("/org/marsad/eval/timex-silver-judgements.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t");
        m.put(c[0] + "#" + c[1], c[2]);
      }
    }
    return m;
  }

  /** A TimeML value as this stage writes it: 198 → 1980/1989, 19 → 1900/1999, else unchanged. */
  static String asStageValue(String timex) {
    if (!DECADE_OR_CENTURY.matcher(timex).matches()) return timex;
    int first = Integer.parseInt(timex) * (timex.length() == 3 ? 10 : 100);
    int last = first + (timex.length() == 3 ? 9 : 99);
    return String.format("%04d/%04d", first, last);
  }

  @Test
  void agreementWithSilverTimex() throws Exception {
    Path dir = SharedData.require("data/arabic-timeml-heideltime-news/Corpus_test");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(f -> f.toString().endsWith(".tml")).sorted().toList();
    }
    Set<String> seen = new HashSet<>();
    int gold = 0, system = 0, strictSys = 0, relaxedSys = 0, strictGold = 0, relaxedGold = 0, valueTotal = 0, valueSame = 0;
    int goldAll = 0, relaxedGoldAll = 0, isoGold = 0;
    // the same over ISO, decade and century values, first against the silver as it is, then with our judgements
    int rangeTotal = 0, rangeSame = 0, judgedTotal = 0, judgedSame = 0, referenceGold = 0, referenceFound = 0;
    Map<String, String> judged = judgements();
    List<String> disagreements = new ArrayList<>();
    for (Path f : files) {
      String raw = Files.readString(f, StandardCharsets.UTF_8);
      if (!seen.add(raw)) continue; // doc7 = doc8, doc18 = doc19
      int open = raw.indexOf("<TimeML>"), close = raw.lastIndexOf("</TimeML>");
      String body = raw.substring(open + "<TimeML>".length(), close).replace("\uFEFF", "");
      StringBuilder text = new StringBuilder();
      List<Gold> golds = new ArrayList<>();
      Matcher m = TIMEX.matcher(body);
      int last = 0;
      while (m.find()) {
        text.append(body, last, m.start());
        String inner = m.group(2);
        Matcher t = TYPE.matcher(m.group(1)), v = VALUE.matcher(m.group(1)), id = TID.matcher(m.group(1));
        golds.add(new Gold(text.length(), text.length() + inner.length(), t.find() ? t.group(1) : "", v.find() ? v.group(1) : "", inner,
            id.find() ? id.group(1) : ""));
        text.append(inner);
        last = m.end();
      }
      text.append(body.substring(last));
      String plain = text.toString();
      List<DateMention> found = DateStage.find(plain, REFERENCE);
      for (DateMention d : found) assertThat(d.text()).isEqualTo(plain.substring(d.span().start(), d.span().end()));
      List<Gold> dates = golds.stream().filter(g -> g.type.equals("DATE")).toList();
      gold += dates.size();
      goldAll += golds.size();
      system += found.size();
      for (DateMention d : found) {
        boolean strict = false, relaxed = false;
        for (Gold g : dates) {
          if (g.start == d.span().start() && g.end == d.span().end()) strict = true;
          if (g.start < d.span().end() && d.span().start() < g.end) relaxed = true;
        }
        if (strict) strictSys++;
        if (relaxed) relaxedSys++;
        if (!relaxed) disagreements.add(f.getFileName() + " extra: «" + d.text() + "» " + d.value());
      }
      for (Gold g : golds) {
        DateMention match = null;
        boolean strict = false;
        for (DateMention d : found) {
          if (g.start < d.span().end() && d.span().start() < g.end) {
            match = match == null ? d : match;
            if (g.start == d.span().start() && g.end == d.span().end()) strict = true;
          }
        }
        if (match != null) relaxedGoldAll++;
        if (!g.type.equals("DATE")) continue;
        if (ISO.matcher(g.value).matches()) isoGold++;
        if (strict) strictGold++;
        if (match == null) {
          disagreements.add(f.getFileName() + " missed: «" + g.text + "» " + g.value);
          continue;
        }
        relaxedGold++;
        if (REFERENCES.contains(g.value)) {
          referenceGold++;
          if (match.value() == null) referenceFound++;
        }
        if (ISO.matcher(g.value).matches() || DECADE_OR_CENTURY.matcher(g.value).matches()) {
          rangeTotal++;
          if (asStageValue(g.value).equals(match.value())) rangeSame++;
          String right = judged.getOrDefault(f.getFileName() + "#" + g.tid, g.value);
          if (!right.equals("NONE")) {
            judgedTotal++;
            if (asStageValue(right).equals(match.value())) judgedSame++;
          }
        }
        if (ISO.matcher(g.value).matches()) {
          valueTotal++;
          if (g.value.equals(match.value())) valueSame++;
          else disagreements.add(f.getFileName() + " value: «" + g.text + "» " + g.value + " vs «" + match.text() + "» " + match.value());
        }
      }
    }
    double sp = ratio(strictSys, system), sr = ratio(strictGold, gold), rp = ratio(relaxedSys, system), rr = ratio(relaxedGold, gold);
    System.out.printf("TIMEX silver (DATE tags, %d unique docs): gold %d, system %d%n", seen.size(), gold, system);
    System.out.printf("  strict  P %.3f R %.3f F1 %.3f%n", sp, sr, f1(sp, sr));
    System.out.printf("  relaxed P %.3f R %.3f F1 %.3f%n", rp, rr, f1(rp, rr));
    System.out.printf("  value agreement on relaxed matches with ISO gold values: %d/%d = %.3f%n", valueSame, valueTotal, ratio(valueSame, valueTotal));
    System.out.printf("  relaxed recall on DATE tags with an ISO value (not PRESENT_REF, centuries …): %d/%d = %.3f%n", valueTotal, isoGold, ratio(valueTotal, isoGold));
    System.out.printf("  the same with decades and centuries (198 = 1980/1989): %d/%d = %.3f%n", rangeSame, rangeTotal, ratio(rangeSame, rangeTotal));
    System.out.printf("  the same with the %d silver values we judge wrong replaced (timex-silver-judgements.tsv): %d/%d = %.3f%n",
        judged.size(), judgedSame, judgedTotal, ratio(judgedSame, judgedTotal));
    System.out.printf("  PRESENT/PAST/FUTURE_REF matched with a null value: %d/%d%n", referenceFound, referenceGold);
    System.out.printf("  relaxed recall over all TIMEX3 types: %d/%d%n", relaxedGoldAll, goldAll);
    disagreements.forEach(d -> System.out.println("  " + d));
    assertThat(rr).isGreaterThan(0.75);
    assertThat(ratio(valueSame, valueTotal)).isGreaterThan(0.8);
    assertThat(ratio(judgedSame, judgedTotal)).isGreaterThan(0.9);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
