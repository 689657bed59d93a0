package org.marsad.ask;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question asks for and which words it is about. The kind comes from the Arabic interrogative ("كم" → a count,
 * "متى" → a date, "من" → a person, "أين" → a place, "ما/ماذا" → a short clause); the words are its analysed content
 * terms (stemmed as search stems them), interrogatives and helper words removed.
 *
 * @param terms stemmed content terms
 * @param nameTerms unstemmed terms in order, to find the names the question mentions
 * @param askedNoun for a count, the stemmed noun asked about ("كم عدد المصابين" → مصاب), else null
 * @param askedClass the class of counted nouns it belongs to ("injured"), or null
 * @param years years the question names ("عام 2021"), to keep sources of that time
 * @param definiteTerms stemmed terms of the words the question writes with the article ال: the things it is about
 * @param predicate for "what", the first content term: the verb asked about ("ماذا قرر" → قرر), else null
 */
public record Question(String text, Kind kind, Set<String> terms, List<String> nameTerms, String askedNoun,
    String askedClass, Set<String> years, Set<String> definiteTerms, String predicate) {
  public enum Kind { COUNT, DATE, PERSON, PLACE, WHAT, OTHER }

  private static final String B = "(?<![\\p{L}])";
  private static final String E = "(?![\\p{L}])";
  private static final Pattern COUNT = Pattern.compile(B + "(?:كم|بكم|ما عدد|ما هو عدد|ما حجم|ما قيمة|ما مقدار|ما نسبة|ما هي نسبة|ما معدل|ما سعر)" + E);
  private static final Pattern DATE = Pattern.compile(B + "(?:متى|في أي يوم|في أي تاريخ|في أي عام|في أي سنة|في أي شهر|ما تاريخ|ما موعد|أي يوم)" + E);
  private static final Pattern PLACE = Pattern.compile(B + "(?:أين|اين|من أين|في أي مدينة|في أي بلد|في أي دولة|في أي مكان|في أي بلدة|أي مدينة|ما مكان)" + E);
  private static final Pattern PERSON = Pattern.compile("^\\s*(?:من|مَن|ومن)" + E);
  private static final Pattern WHAT = Pattern.compile("^\\s*(?:ما|ماذا|وما|وماذا)" + E);
  /** The word after these in a count question is the noun counted ("كم عدد المصابين", "كم دولة"). */
  private static final Set<String> COUNT_OPENERS =
      Set.copyOf(TermAnalysis.INSTANCE.stems("كم بكم عدد حجم قيمة مقدار نسبة معدل سعر"));
  /** A word written with the article: ال, with or without a leading و ف ب ك, or لل. */
  private static final Pattern DEFINITE = Pattern.compile("(?<![\\p{L}])(?:[وف]?[بك]?ال|[وف]?لل)\\p{L}{2,}");
  private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");

  public Question {
    terms = Set.copyOf(terms);
    nameTerms = List.copyOf(nameTerms);
    years = Set.copyOf(years);
    definiteTerms = Set.copyOf(definiteTerms);
  }

  static Kind kindOf(String question) {
    if (COUNT.matcher(question).find()) return Kind.COUNT;
    if (DATE.matcher(question).find()) return Kind.DATE;
    if (PLACE.matcher(question).find()) return Kind.PLACE;
    if (PERSON.matcher(question).find()) return Kind.PERSON;
    if (WHAT.matcher(question).find()) return Kind.WHAT;
    return Kind.OTHER;
  }

  /** Reads a question: its kind, content terms, the noun a count asks about, and the years it names. */
  static Question parse(String text) {
    TermAnalysis analysis = TermAnalysis.INSTANCE;
    AskLexicon lexicon = AskLexicon.INSTANCE;
    Kind kind = kindOf(text);
    List<String> all = analysis.stems(text);
    Set<String> terms = new LinkedHashSet<>();
    for (String t : all) if (!lexicon.isQuestionWord(t)) terms.add(t);
    String askedNoun = null;
    String askedClass = null;
    if (kind == Kind.COUNT) {
      for (int i = 0; i + 1 < all.size() && askedNoun == null; i++) {
        if (!COUNT_OPENERS.contains(all.get(i))) continue;
        String next = all.get(i + 1);
        if (COUNT_OPENERS.contains(next)) continue; // "كم عدد": the noun comes after عدد
        if (next.equals("من") && i + 2 < all.size()) next = all.get(i + 2); // "كم من مقاتلي"
        AskLexicon.NounClass c = lexicon.classOf(next);
        if (c != null || !lexicon.isQuestionWord(next)) {
          askedNoun = next;
          askedClass = c == null ? null : c.name();
        }
      }
      if (askedClass == null) { // "كم بلغت التعهدات المالية": any term naming money or a rate says what is counted
        for (String t : all) {
          AskLexicon.NounClass c = lexicon.classOf(t);
          if (c != null && (c.money() || c.percent())) {
            askedClass = c.name();
            break;
          }
        }
      }
    }
    Set<String> years = new LinkedHashSet<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) years.add(m.group());
    terms.removeAll(years);
    Set<String> definite = new LinkedHashSet<>();
    Matcher w = DEFINITE.matcher(text);
    int previousEnd = -1;
    while (w.find()) {
      // a definite word right after another is most often its adjective (دول الخليج الشريكة): the noun says what
      // (a word with a preposition or conjunction before its ال, للمجلس or والمجلس, is not an adjective)
      boolean adjective = previousEnd >= 0 && text.substring(previousEnd, w.start()).isBlank() && w.group().startsWith("ال");
      previousEnd = w.end();
      if (adjective) continue;
      for (String t : analysis.stems(w.group())) if (terms.contains(t)) definite.add(t);
    }
    String predicate = kind == Kind.WHAT && !terms.isEmpty() ? terms.iterator().next() : null;
    return new Question(text, kind, terms, new ArrayList<>(analysis.nameTerms(text)), askedNoun, askedClass, years, definite,
        predicate);
  }
}
