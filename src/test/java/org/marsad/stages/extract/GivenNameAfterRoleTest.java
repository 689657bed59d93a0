package org.marsad.stages.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

/** The office with a possessive (وزير خارجيتها) and the given name the tagger leaves out after an office. */
class GivenNameAfterRoleTest {
  private static ParagraphTokens tokens(String text) {
    return new ParagraphTokens(text, new Span(0, text.length()));
  }

  private static int indexOf(ParagraphTokens p, String word) {
    for (int i = 0; i < p.size(); i++) if (p.original(i).equals(word)) return i;
    throw new AssertionError(word);
  }

  private static String[] tags(ParagraphTokens p, int per, int last) {
    String[] t = new String[p.size()];
    for (int i = 0; i < t.length; i++) t[i] = i == per ? "B-PER" : i > per && i <= last ? "I-PER" : "O";
    return t;
  }

  @Test
  void possessiveOfficeIsARole() {
    ParagraphTokens p = tokens("ومثل اليونان وزير خارجيتها كوستا الفلاني، وقال");
    assertThat(Roles.roleBefore(p, indexOf(p, "كوستا"))).isEqualTo("foreign minister");
  }

  @Test
  void untaggedWordBetweenOfficeAndPersonIsItsGivenName() {
    ParagraphTokens p = tokens("ومثل اليونان وزير خارجيتها كوستا الفلاني، وقال");
    int surname = indexOf(p, "الفلاني");
    assertThat(NerStage.withGivenNameAfterRole(p, 0, surname, tags(p, surname, surname))).isEqualTo(indexOf(p, "كوستا"));
  }

  @Test
  void withoutOfficeThePersonIsUnchanged() {
    ParagraphTokens p = tokens("ومثل اليونان في الاجتماع كوستا الفلاني، وقال");
    int surname = indexOf(p, "الفلاني");
    assertThat(NerStage.withGivenNameAfterRole(p, 0, surname, tags(p, surname, surname))).isEqualTo(surname);
  }

  @Test
  void personRightAfterTheOfficeIsUnchanged() {
    ParagraphTokens p = tokens("ومثل اليونان وزير خارجيتها كوستا الفلاني، وقال");
    int given = indexOf(p, "كوستا");
    assertThat(NerStage.withGivenNameAfterRole(p, 0, given, tags(p, given, given + 1))).isEqualTo(given);
  }
}
