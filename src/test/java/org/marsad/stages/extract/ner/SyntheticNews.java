package org.marsad.stages.extract.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small made-up tagged news sentences (our own templates and names) for training tests. */
public final class SyntheticNews {
  static final String[][] PEOPLE = {{"سامر", "الخطيب"}, {"نادية", "العلي"}, {"فريد", "منصور"}, {"هالة", "يوسف"}, {"كمال", "الدباغ"}};
  static final String[] PLACES = {"طرابلس", "الموصل", "صفاقس", "حمص", "أغادير"};
  static final String[][] ORGS = {{"جمعية", "الأمل"}, {"شركة", "النور"}, {"نادي", "الاتحاد"}};

  private SyntheticNews() {}

  /** Sentences from four templates with coarse tags. */
  public static List<NerSentence> sentences(int count, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<NerSentence> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String[] p = PEOPLE[r.nextInt(PEOPLE.length)];
      String place = PLACES[r.nextInt(PLACES.length)];
      String[] org = ORGS[r.nextInt(ORGS.length)];
      out.add(switch (k % 4) {
        case 0 -> s(p[0], "B-PER", p[1], "I-PER", "يزور", "O", place, "B-LOC", "غدا", "O");
        case 1 -> s("أعلنت", "O", org[0], "B-ORG", org[1], "I-ORG", "في", "O", place, "B-LOC", "عن", "O", "خطة", "O", "جديدة", "O");
        case 2 -> s("قال", "O", p[0], "B-PER", p[1], "I-PER", "إن", "O", "الطقس", "O", "معتدل", "O");
        default -> s("وصل", "O", "الوفد", "O", "إلى", "O", place, "B-LOC", "و", "O", "التقى", "O", p[0], "B-PER", p[1], "I-PER");
      });
    }
    return out;
  }

  private static NerSentence s(String... tokenTag) {
    String[] t = new String[tokenTag.length / 2];
    String[] g = new String[t.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = tokenTag[2 * i];
      g[i] = tokenTag[2 * i + 1];
    }
    return new NerSentence(t, g);
  }

  /** Writes sentences in NewsFANE's own layout: BOM, CRLF, U+200E before words, fine tags, TAB-only separators. */
  public static Path writeNewsFaneStyle(Path dir, int count, long seed) throws IOException {
    StringBuilder b = new StringBuilder("\uFEFF");
    for (NerSentence s : sentences(count, seed)) {
      for (int i = 0; i < s.tokens().length; i++) {
        String tag = s.tags()[i];
        String fine = tag.equals("O") ? "O" : tag.substring(0, 2) + switch (tag.substring(2)) {
          case "PER" -> "Politician";
          case "LOC" -> "Population-Center";
          case "ORG" -> "Non-Governmental";
          default -> "Group";
        };
        b.append('\u200E').append(s.tokens()[i]).append('\t').append(fine).append("\r\n");
      }
      b.append("\t\r\n");
    }
    Path file = dir.resolve("NewsFANE_Gold_test.txt");
    Files.writeString(file, b, StandardCharsets.UTF_8);
    return file;
  }
}
