package org.marsad.stages.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.Problem;
import org.marsad.model.Quantity;
import org.marsad.model.Span;
import org.marsad.pipeline.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.pipeline.StageContext;
import org.marsad.text.ar.ArabicNumbers;
import org.marsad.text.ar.CalendarKind;
import org.marsad.text.ar.CalendarLexicon;
import org.marsad.text.ar.CalendarMention;
import org.marsad.text.ar.CliticSegmenter;
import org.marsad.text.ar.NumberMention;
import org.marsad.text.ar.Segment;
import org.marsad.text.ar.SegmentKind;
import org.marsad.text.ar.TokenType;

/**
 * Counts in the body with what they count. Numbers come from {@link ArabicNumbers}; this stage drops those that
 * are not counts (ordinals, years, days of a date, ranges and times, resolution/law/page/phone numbers) and reads
 * the unit (currency, %, time or measure unit) and the counted noun:
 * <ul>
 *   <li>the noun right after the number ({@code 81 عضواً} → of "عضو"; the span grows to cover it);
 *   <li>the noun phrase before a definite numeral ({@code دول الخليج الست} → of "دول الخليج");
 *   <li>the noun after {@code من} ({@code 10 آلاف من المقاتلين} → of "المقاتلين");
 *   <li>a generic noun (عضو، دولة، وزير) is read with the nearest organisation head before it: "عضو (التحالف)".
 * </ul>
 */
public final class QuantityStage implements Stage {
  private static final ArabicNumbers NUMBERS = ArabicNumbers.standard();
  private static final CalendarLexicon CALENDAR = CalendarLexicon.standard();
  private static final CliticSegmenter SEGMENTER = CliticSegmenter.standard();
  private static final Map<String, String> TIME_UNITS = timeUnits();
  private static final Map<String, String> MEASURE_UNITS = ExtractLexicons.map("measure-units.tsv");
  private static final Set<String> IDENTIFIER_CUES = ExtractLexicons.words("identifier-cues.txt");
  private static final Set<String> STOP = ExtractLexicons.words("counted-stop.txt");
  private static final Set<String> GENERIC = ExtractLexicons.words("generic-counted.txt");
  private static final Set<String> ORG_HEADS = ExtractLexicons.words("organisation-heads.txt");
  private static final Map<String, String> DATE_WORDS = ExtractLexicons.map("date-words.tsv");
  /** بقيمة، قيمتها، بمبلغ …: between a noun phrase and the amount of money it is worth. */
  private static final Set<String> VALUE_CUES = ExtractLexicons.words("value-cues.txt");
  private static final Set<String> KAF_WORDS = ExtractLexicons.words("kaf-words.txt");
  /** Words of the noun phrase a money amount is the value of: a head and one adjective or genitive. */
  private static final int MAX_VALUED_PHRASE = 2;
  /** Longest noun phrase read before a definite numeral, in words. */
  private static final int MAX_PHRASE = 3;
  /** How far back an identifier cue may stand (قرار مجلس الأمن المرقم 1234: the cue four words before). */
  private static final int CUE_WINDOW = 4;
  /** How far back the organisation of a generic counted noun is looked for, in tokens. */
  private static final int ORG_WINDOW = 40;

  private static Map<String, String> timeUnits() {
    java.util.HashMap<String, String> m = new java.util.HashMap<>();
    for (String[] r : ExtractLexicons.rows("time-units.tsv")) m.putIfAbsent(r[0], r[1]);
    return Map.copyOf(m);
  }

  @Override
  public String name() {
    return "quantities";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.BODY);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.QUANTITIES);
  }

  @Override
  public Article process(Article article, StageContext context) {
    List<Quantity> out = new ArrayList<>();
    Article result = article;
    for (Span paragraph : article.body()) {
      try {
        find(ParagraphTokens.of(article.text(), paragraph), out);
      } catch (RuntimeException e) {
        result = result.withProblem(new Problem(name(), paragraph, "quantities skipped: " + e));
      }
    }
    return result.withQuantities(out);
  }

  /** Quantities of one text, for tools and tests: the whole text is one paragraph. */
  public static List<Quantity> find(String text) {
    List<Quantity> out = new ArrayList<>();
    find(new ParagraphTokens(text, new Span(0, text.length())), out);
    return out;
  }

  private static void find(ParagraphTokens p, List<Quantity> out) {
    if (p.size() == 0) return;
    List<NumberMention> numbers = NUMBERS.find(p.tokens(), p.norms());
    if (numbers.isEmpty()) return;
    boolean[] calendarStart = new boolean[p.size()];
    for (CalendarMention c : CALENDAR.find(p.tokens(), p.norms())) {
      CalendarKind k = c.entry().kind();
      if (k == CalendarKind.GREGORIAN_MONTH || k == CalendarKind.HIJRI_MONTH || k == CalendarKind.WEEKDAY) {
        int t = p.tokenStartingAt(c.span().start());
        if (t >= 0) calendarStart[t] = true;
      }
    }
    for (NumberMention m : numbers) {
      if (m.ordinal()) continue;
      int i = p.tokenStartingAt(m.span().start());
      int j = p.tokenEndingAt(m.span().end()) + 1;
      if (i < 0 || j <= 0) continue;
      if (calendarStart[i]) continue; // الاثنين is Monday before it is "the two"
      if (m.value() == 1 && p.type(i) == TokenType.ARABIC && m.unit() == null) continue; // أحد، واحد: "one of", rarely a count
      if (isIdentifierOrDate(p, m, i, j, calendarStart)) continue;
      Quantity q = describe(p, m, i, j, calendarStart);
      if (q != null) out.add(q);
    }
  }

  private static boolean isIdentifierOrDate(ParagraphTokens p, NumberMention m, int i, int j, boolean[] calendarStart) {
    boolean plain = m.unit() == null && !m.percent() && j == i + 1;
    // a number glued by - / : . to another number: a date, a range, a time or a score
    if (p.glued(i - 1) && isJoiner(p, i - 1) && p.glued(i - 2) && isNumber(p, i - 2)) return true;
    if (j == i + 1 && p.glued(i) && isJoiner(p, i + 1) && p.glued(i + 1) && isNumber(p, i + 2)) return true;
    // day before a month name, year after one
    if (calendarStart[Math.min(j, calendarStart.length - 1)] && j < p.size() && plain) return true;
    if (i > 0 && calendarStart[i - 1] && plain) return true;
    if (i > 1 && p.norm(i - 1).equals("من") && calendarStart[Math.max(0, i - 2)] && plain) return true;
    // "9 من أيلول", "21 من شهر مايو": a day of the month
    if (plain && isDayOfMonth(m) && j + 1 < p.size() && p.norm(j).equals("من")
        && (calendarStart[j + 1] || (p.norm(j + 1).equals("شهر") && j + 2 < p.size() && calendarStart[j + 2]))) {
      return true;
    }
    if (p.isPunct(i - 1, '+') || p.isPunct(i - 1, '#')) return true;
    for (int k = i - 1; k >= Math.max(0, i - CUE_WINDOW); k--) {
      if (p.type(k) == TokenType.PUNCT) break;
      if (IDENTIFIER_CUES.contains(p.norm(k)) || IDENTIFIER_CUES.contains(p.bare(k))) return true;
    }
    if (p.type(i) == TokenType.NUMBER && plain) {
      String digits = p.norm(i);
      if (digits.length() >= 7 && digits.chars().allMatch(Character::isDigit)) return true; // phone-like
      if (digits.length() >= 2 && digits.charAt(0) == '0' && Character.isDigit(digits.charAt(1))) return true;
      if (isYear(p, m, i, j)) return true;
    }
    return false;
  }

  private static boolean isDayOfMonth(NumberMention m) {
    double v = m.value();
    return v >= 1 && v <= 31 && v == Math.rint(v);
  }

  /** A four-digit 1900–2100 integer that is not followed by a counted noun. */
  private static boolean isYear(ParagraphTokens p, NumberMention m, int i, int j) {
    double v = m.value();
    if (v < 1900 || v > 2100 || v != Math.rint(v) || p.norm(i).length() != 4) return false;
    if (!p.isArabic(j)) return true;
    String before = DATE_WORDS.getOrDefault(p.norm(i - 1), "");
    if (before.equals("YEAR_WORD") || before.equals("YEAR_PREP")) return true;
    String next = p.norm(j);
    return STOP.contains(next) || next.startsWith("ال") || next.length() <= 1 || TIME_UNITS.containsKey(next);
  }

  private static boolean isJoiner(ParagraphTokens p, int k) {
    return p.isPunct(k, '-') || p.isPunct(k, '/') || p.isPunct(k, ':') || p.isPunct(k, '.') || p.isPunct(k, '\u2013');
  }

  private static boolean isNumber(ParagraphTokens p, int k) {
    return p.type(k) == TokenType.NUMBER;
  }

  private static Quantity describe(ParagraphTokens p, NumberMention m, int i, int j, boolean[] calendarStart) {
    int from = i, to = j;
    String unit = null, of = null;
    if (m.percent()) unit = "%";
    else if (m.currency() != null) unit = m.currency();
    else if (m.unit() != null) unit = m.unit();
    String next = p.norm(j);
    if (unit == null && p.isArabic(j)) {
      String time = TIME_UNITS.get(next);
      String measure = MEASURE_UNITS.get(next);
      if (time != null) {
        unit = time;
        to = j + 1;
      } else if (measure != null) {
        unit = measure;
        to = j + 1;
      } else if (!STOP.contains(next) && !calendarStart[j] && next.length() > 1 && !next.startsWith("ال")
          && !hasProclitic(p, j)) {
        // the counted noun is indefinite (83 دولة); السنوات الخمس القادمة, بالرصاص are not counted nouns
        of = lemma(next);
        to = j + 1;
      }
    }
    if (of == null && unit == null && isDefinite(p, i) && p.isArabic(i - 1) && !STOP.contains(p.norm(i - 1))) {
      // دول الخليج الست, الأعضاء الـ 82: the numeral follows what it counts; walk back over definite words to
      // the indefinite head of the construct (دول المغرب العربي الخمس)
      int k = i - 1;
      while (k > i - MAX_PHRASE && p.norm(k).startsWith("ال") && p.isArabic(k - 1) && !STOP.contains(p.norm(k - 1))) k--;
      StringBuilder phrase = new StringBuilder(p.bare(k));
      for (int t = k + 1; t < i; t++) phrase.append(' ').append(p.norm(t));
      of = phrase.toString();
      from = k;
      String unitBefore = TIME_UNITS.get(stripArticle(p.bare(k)));
      if (unitBefore == null) unitBefore = TIME_UNITS.get(p.bare(k));
      if (unitBefore != null && k == i - 1) {
        // السنوات الخمس: a duration
        unit = unitBefore;
        of = null;
      }
    }
    if (of == null && m.currency() != null) of = valuedPhraseBefore(p, i);
    if (of == null && m.currency() != null) of = asPhraseAfter(p, to);
    if (of == null && p.norm(to).equals("من") && p.isArabic(to + 1) && !STOP.contains(p.norm(to + 1))) {
      of = p.norm(to + 1);
    }
    if (of != null) {
      String head = of.indexOf(' ') > 0 ? of.substring(0, of.indexOf(' ')) : of;
      if (GENERIC.contains(head) || GENERIC.contains(stripArticle(head))) {
        String org = organisationBefore(p, from);
        if (org != null) of = of + " (" + org + ")";
      }
    }
    Span span = p.span(from, to);
    return new Quantity(span, span.of(p.text), m.value(), unit, of);
  }

  /**
   * What a money amount at token {@code i} is the value of: the noun phrase before a value cue (مساعدات إنسانية
   * بقيمة 436 مليون دولار → مساعدات إنسانية), its words all definite or all indefinite (المملكة does not join
   * مساعدات إنسانية), or null.
   */
  private static String valuedPhraseBefore(ParagraphTokens p, int i) {
    int cue = i - 1;
    if (!VALUE_CUES.contains(p.norm(cue))) return null;
    int last = cue - 1;
    if (!isNounPhraseWord(p, last)) return null;
    boolean definite = p.bare(last).startsWith("ال");
    int first = last;
    while (first > last - MAX_VALUED_PHRASE + 1 && isNounPhraseWord(p, first - 1) && p.bare(first - 1).startsWith("ال") == definite
        && p.type(first - 1) == TokenType.ARABIC) {
      first--;
    }
    StringBuilder phrase = new StringBuilder(lemma(p.bare(first)));
    for (int t = first + 1; t <= last; t++) phrase.append(' ').append(lemma(p.norm(t)));
    return phrase.toString();
  }

  /**
   * 436 مليون دولار كمساعدات إنسانية: money given "as" something (ك glued to the next word) is the value of that
   * noun phrase, up to {@link #MAX_VALUED_PHRASE} words, or null.
   */
  private static String asPhraseAfter(ParagraphTokens p, int k) {
    // the segmenter keeps ك on (it rarely is a clitic), so: ك + a noun of 4+ letters, minus known ك-words
    String w = p.norm(k);
    if (!p.isArabic(k) || w.length() < 5 || w.charAt(0) != 'ك' || KAF_WORDS.contains(w)) return null;
    String head = w.substring(1);
    if (STOP.contains(head)) return null;
    boolean definite = head.startsWith("ال");
    StringBuilder phrase = new StringBuilder(lemma(head));
    for (int t = k + 1; t < k + MAX_VALUED_PHRASE && isNounPhraseWord(p, t) && p.norm(t).startsWith("ال") == definite; t++) {
      phrase.append(' ').append(lemma(p.norm(t)));
    }
    return phrase.toString();
  }

  private static boolean isNounPhraseWord(ParagraphTokens p, int k) {
    return p.isArabic(k) && !STOP.contains(p.norm(k)) && !VALUE_CUES.contains(p.norm(k)) && p.norm(k).length() > 1;
  }

  /** A conjunction or preposition glued on (بالرصاص، بقيادة، وآخرين): not a counted noun. */
  private static boolean hasProclitic(ParagraphTokens p, int j) {
    for (Segment s : SEGMENTER.segment(p.text, p.start(j), p.end(j))) {
      if (s.kind() == SegmentKind.CONJUNCTION || s.kind() == SegmentKind.PREPOSITION || s.kind() == SegmentKind.ARTICLE) return true;
    }
    return false;
  }

  private static boolean isDefinite(ParagraphTokens p, int i) {
    String w = p.norm(i);
    return w.startsWith("ال") || (p.type(i) == TokenType.MIXED && w.startsWith("ال"));
  }

  private static String organisationBefore(ParagraphTokens p, int from) {
    for (int k = from - 1; k >= Math.max(0, from - ORG_WINDOW); k--) {
      String w = p.bare(k);
      if (ORG_HEADS.contains(w)) return w;
    }
    return null;
  }

  private static String stripArticle(String w) {
    return w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w;
  }

  /**
   * The counted noun in a citation-like form: the accusative tanween alef of a tamyiz goes (عضواً → عضو), a
   * conjunction or preposition glued on goes.
   */
  static String lemma(String norm) {
    String w = norm;
    if (w.length() > 3 && w.endsWith("ا") && !w.endsWith("اا")) {
      char before = w.charAt(w.length() - 2);
      // the alef carries the accusative tanween of a tamyiz (عضوا، برلمانيا); ة never takes it
      if (before != 'ة') w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
