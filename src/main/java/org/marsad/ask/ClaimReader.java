package org.marsad.ask;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Quantity;
import org.marsad.model.Span;
import org.marsad.stages.extract.CountryWords;

/**
 * Reads, in one retrieved sentence, the claims that answer a question of its kind: quantities whose counted noun fits
 * the noun asked (a count), resolved dates (when), persons with their role (who), places where it happened (where),
 * or a short clause (what). Each claim gets a fit in [0, 1] added to the sentence's retrieval score.
 */
final class ClaimReader {
  /** One claim: what it says ({@code value}), how answers group ({@code key}) and how well it fits. */
  record Claim(String key, String value, String role, double fit) {}

  private static final int WHAT_MAX_TERMS = 24;
  /** Words after an amount or a percentage read as its cues ("… أعلنت في الجولة الأولى"). */
  private static final int MONEY_WORDS_AFTER = 5;
  /** An organisation answering "who" starts below a person (0.3) at the same nearness to the question's words. */
  private static final double ORGANISATION_BASE_FIT = 0.2;
  /** Words read back from a number to the start of its clause. */
  private static final int CLAUSE_WORDS = 6;

  private final Question question;
  private final Set<String> askedNames; // canonicals the question names: never its answer
  private final TermAnalysis analysis = TermAnalysis.INSTANCE;
  private final AskLexicon lexicon = AskLexicon.INSTANCE;
  private final AskLexicon.NounClass askedClass;
  private final AskLexicon.NounClass saidClass;
  /** Countries the question names (العراق, or a demonym): a person whose role names only others does not answer. */
  private final Set<String> askedCountries;
  /** "من هو/هي/هم/يكون …": the question names the role it asks the holder of; otherwise a named role is asked about. */
  private final boolean identityQuestion;
  private final Set<String> askedRoleHolders = new HashSet<>();
  /** Titles of rank written between an office and a name: not part of the office. */
  private final Set<String> honorifics = new HashSet<>(analysis.stems("الأمير الشيخ السيد السيدة الدكتور المشير الفريق"));
  private static final java.util.regex.Pattern IDENTITY =
      java.util.regex.Pattern.compile("\\s*(من|ومن)\\s+(هو|هي|هم|هما|يكون|تكون|كان|كانت)(\\s|[؟?]|$)");

  ClaimReader(Question question, Set<String> askedNames) {
    this.question = question;
    this.askedNames = askedNames;
    this.askedCountries = question.kind() == Question.Kind.PERSON ? CountryWords.countriesIn(question.text()) : Set.of();
    this.identityQuestion = IDENTITY.matcher(question.text()).lookingAt();
    this.askedClass = question.askedClass() == null ? null : new AskLexicon.NounClass(question.askedClass());
    // "كم عدد رجال الأمن الذين قتلوا؟" asks for a noun, and its verb says which of its counts: the dead
    this.saidClass = askedClass == null && question.kind() == Question.Kind.COUNT ? lexicon.classSaidBy(question.terms()) : null;
  }

  List<Claim> read(Article a, Span sentence) {
    return switch (question.kind()) {
      case COUNT -> counts(a, sentence);
      case DATE -> dates(a, sentence);
      case PERSON -> persons(a, sentence);
      case PLACE -> places(a, sentence);
      case WHAT -> clause(a, sentence);
      case OTHER -> List.of();
    };
  }

  private List<Claim> counts(Article a, Span sentence) {
    List<Claim> out = new ArrayList<>();
    for (Quantity q : a.quantities()) {
      if (!sentence.contains(q.span())) continue;
      boolean percent = "%".equals(q.unit());
      boolean money = q.unit() != null && q.unit().length() == 3 && Character.isUpperCase(q.unit().charAt(0));
      boolean wantPercent = askedClass != null && askedClass.percent();
      boolean wantMoney = askedClass != null && askedClass.money();
      if (percent != wantPercent) continue;
      double fit;
      if (wantPercent || wantMoney) {
        if (wantMoney && !money) continue;
        fit = 0.6 + 0.4 * share(cues(a, sentence, q, 3, MONEY_WORDS_AFTER));
      } else {
        if (money) continue;
        fit = nounFit(a, sentence, q);
      }
      if (fit <= 0) continue;
      String value = Quantity.valueText(q.value()) + (percent ? "%" : money ? " " + q.unit() : "");
      out.add(new Claim(value, value, null, fit));
    }
    return out;
  }

  /** How well what the quantity counts fits the noun asked: its own noun first, then the words around the number. */
  private double nounFit(Article a, Span sentence, Quantity q) {
    String of = q.of() == null ? "" : q.of();
    int paren = of.indexOf('(');
    List<String> head = analysis.stems(paren < 0 ? of : of.substring(0, paren));
    List<String> context = paren < 0 ? List.of() : analysis.stems(of.substring(paren));
    List<String> around = cues(a, sentence, q, 2);
    double fit = 0;
    if (askedClass != null && askedClass.name().equals(q.unit())) {
      fit = 1.0; // "كم يوماً" and "ثلاثة أيام" (unit days)
    } else if (askedClass != null) {
      for (String t : head) {
        // "3 قتلى و20 مصابا": a number whose own noun counts another class is not the one asked, whatever precedes it
        AskLexicon.NounClass own = lexicon.classOf(t);
        if (own != null && !own.equals(askedClass) && lexicon.fit(askedClass, t) == null) return 0;
      }
      for (String t : head) fit = Math.max(fit, fitOf(t, 1.0, 0.6));
      for (String t : around) fit = Math.max(fit, fitOf(t, 0.8, 0.4));
    } else if (question.askedNoun() != null) {
      if (head.contains(question.askedNoun())) fit = 1.0;
      else if (around.contains(question.askedNoun())) fit = 0.8;
    } else {
      fit = 0.5 * share(head) + 0.3 * share(around);
    }
    // the class whose other counts are ruled out: the one asked, or the one the question's verb says
    AskLexicon.NounClass counted = askedClass != null ? askedClass : saidClass;
    List<String> clause = counted == null ? List.of() : clauseBefore(a, sentence, q);
    // the verb that opens the number's clause says what is counted ("وأصيب أكثر من 60 آخرين": injured)
    if (askedClass != null) {
      for (String t : clause) {
        if (lexicon.saysClass(askedClass, t)) {
          fit = Math.max(fit, 0.8);
          break;
        }
      }
    }
    if (fit <= 0) return 0;
    for (String t : context) {
      if (question.terms().contains(t)) {
        fit += 0.2;
        break;
      }
    }
    if (counted != null) {
      List<String> before = new ArrayList<>(cues(a, sentence, q, 3));
      before.addAll(clause);
      for (String t : before) {
        if (lexicon.countsOther(counted, t)) {
          fit -= 0.5;
          break;
        }
      }
    }
    if (askedClass != null) {
      for (TermAnalysis.Term t : stems(a, sentence)) {
        if (lexicon.saysClass(askedClass, t.term())) {
          fit += 0.2;
          break;
        }
      }
    }
    return Math.max(0, Math.min(1.0, fit));
  }

  private double fitOf(String stem, double same, double related) {
    AskLexicon.Fit f = lexicon.fit(askedClass, stem);
    return f == null ? 0 : f == AskLexicon.Fit.SAME ? same : related;
  }

  /** Stemmed words just before the number and just after its counted noun, inside the sentence. */
  private List<String> cues(Article a, Span sentence, Quantity q, int before) {
    return cues(a, sentence, q, before, 1);
  }

  /**
   * The words that describe a number: {@code before} words before it and up to {@code after} after it, the words
   * after stopping where a new clause opens (و, or a comma after the first): "4 مليارات دولار، مقابل 2.5 مليار
   * دولار أعلنت في الجولة الأولى" says which round only of the 2.5 bn.
   */
  private List<String> cues(Article a, Span sentence, Quantity q, int before, int after) {
    List<TermAnalysis.Term> stems = stems(a, sentence);
    List<TermAnalysis.Term> pre = before(stems, q.span().start());
    List<TermAnalysis.Term> post = after(stems, q.span().end());
    List<String> out = new ArrayList<>();
    for (int i = Math.max(0, pre.size() - before); i < pre.size(); i++) out.add(pre.get(i).term());
    for (int k = 0; k < Math.min(after, post.size()); k++) {
      TermAnalysis.Term t = post.get(k);
      if (opensClause(a.text(), t.start())) break;
      if (k > 0 && breaksClause(a.text(), post.get(k - 1).end(), t.start())) break;
      out.add(t.term());
    }
    return out;
  }

  /** Words of the number's clause before it, back to a comma or a word opening a clause with و (kept), at most six. */
  private List<String> clauseBefore(Article a, Span sentence, Quantity q) {
    List<TermAnalysis.Term> pre = before(stems(a, sentence), q.span().start());
    List<String> out = new ArrayList<>();
    int end = q.span().start();
    for (int i = pre.size() - 1; i >= 0 && out.size() < CLAUSE_WORDS; i--) {
      TermAnalysis.Term t = pre.get(i);
      if (breaksClause(a.text(), t.end(), end)) break;
      out.add(t.term());
      if (opensClause(a.text(), t.start())) break;
      end = t.start();
    }
    return out;
  }

  private static boolean breaksClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '،' || c == ',' || c == '؛' || c == ';' || c == '.' || c == ':') return true;
    }
    return false;
  }

  /**
   * Whether the word at this offset opens a new clause with the conjunction و ("أصيب 40 شخصاً وقتل 5"): what follows
   * it says nothing of the number before. A word that only begins with و (وزير) keeps it after analysis.
   */
  private boolean opensClause(String text, int offset) {
    int start = offset;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
    int end = offset;
    while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
    if (start >= end || text.charAt(start) != 'و') return false;
    List<String> plain = analysis.nameTerms(text.substring(start, end));
    return !plain.isEmpty() && plain.get(0).charAt(0) != 'و';
  }

  // The sentence being read, analysed once for all its mentions (offsets into the article's text).
  private Article cachedArticle;
  private Span cachedSentence;
  private List<TermAnalysis.Term> cachedStems;
  private List<TermAnalysis.Term> cachedNames;

  private void analyse(Article a, Span sentence) {
    if (a == cachedArticle && sentence.equals(cachedSentence)) return;
    cachedArticle = a;
    cachedSentence = sentence;
    cachedStems = shift(analysis.stemsWithOffsets(sentence.of(a.text())), sentence.start());
    cachedNames = null;
  }

  private List<TermAnalysis.Term> stems(Article a, Span sentence) {
    analyse(a, sentence);
    return cachedStems;
  }

  private List<TermAnalysis.Term> names(Article a, Span sentence) {
    analyse(a, sentence);
    if (cachedNames == null) cachedNames = shift(analysis.nameTermsWithOffsets(sentence.of(a.text())), sentence.start());
    return cachedNames;
  }

  private static List<TermAnalysis.Term> shift(List<TermAnalysis.Term> terms, int by) {
    List<TermAnalysis.Term> out = new ArrayList<>(terms.size());
    for (TermAnalysis.Term t : terms) out.add(new TermAnalysis.Term(t.term(), t.start() + by, t.end() + by));
    return out;
  }

  /** The terms ending at or before this offset. */
  private static List<TermAnalysis.Term> before(List<TermAnalysis.Term> terms, int offset) {
    int n = 0;
    while (n < terms.size() && terms.get(n).end() <= offset) n++;
    return terms.subList(0, n);
  }

  /** The terms starting at or after this offset. */
  private static List<TermAnalysis.Term> after(List<TermAnalysis.Term> terms, int offset) {
    int n = 0;
    while (n < terms.size() && terms.get(n).start() < offset) n++;
    return terms.subList(n, terms.size());
  }

  private List<Claim> dates(Article a, Span sentence) {
    List<Claim> out = new ArrayList<>();
    for (DateMention d : a.dates()) {
      String v = d.value();
      if (!sentence.contains(d.span()) || v == null || v.contains("/") || question.years().contains(v)) continue;
      if (insidePerson(a, d.span())) continue; // "دي مايو" is a name, not May
      // the sentence's fit to the question decides; a precise day only breaks ties
      double fit = v.length() >= 10 ? 0.7 : v.length() >= 7 ? 0.64 : 0.6;
      out.add(new Claim(v, v, null, fit));
    }
    return out;
  }

  private static boolean insidePerson(Article a, Span span) {
    for (Entity e : a.entities()) if (e.type() == EntityType.PER && e.span().overlaps(span)) return true;
    return false;
  }

  private List<Claim> persons(Article a, Span sentence) {
    List<Claim> out = new ArrayList<>();
    List<Entity> orgs = a.entities().stream().filter(e -> e.type() == EntityType.ORG).toList();
    for (Entity e : a.entities()) {
      if (!sentence.contains(e.span())) continue;
      Entity person = e.type() == EntityType.PER ? e : e.type() == EntityType.ORG ? personAfterOrganisation(e, orgs) : null;
      if (person == null && e.type() == EntityType.ORG) {
        Claim org = organisation(a, sentence, e);
        if (org != null) out.add(org);
        continue;
      }
      if (person == null || CountryWords.isCountryName(person.text())) continue; // "رئيس وزراء كوسوفو": no person
      String canonical = AskIndex.canonical(person);
      if (askedNames.contains(canonical) || namedInQuestion(person.text()) || definiteWord(canonical)) continue;
      String rolePhrase = rolePhrase(a, sentence, person, false);
      // an honorific between office and name ("وزير خارجية البلد الأمير فلان") must not hide the office from the fit
      String widestRole = rolePhrase(a, sentence, person, true);
      // "من التقى ولي العهد السعودي؟" asks who met him: the one holding the role the question names is not the answer
      if (holdsAskedRole(widestRole) || askedRoleHolders.contains(canonical)) continue;
      // "رئيس وزراء العراق؟" is not answered by "رئيسة الوزراء البريطانية"
      if (!askedCountries.isEmpty() && widestRole != null) {
        Set<String> roleCountries = CountryWords.countriesIn(widestRole);
        if (!roleCountries.isEmpty() && java.util.Collections.disjoint(roleCountries, askedCountries)) continue;
      }
      Set<String> roleStems = new HashSet<>(analysis.stems((widestRole == null ? "" : widestRole) + " " + (person.role() == null ? "" : person.role())));
      Set<String> near = nearTerms(a, sentence, person.span());
      double fit = 0.3 + 0.4 * share(roleStems) + 0.3 * share(near);
      String role = rolePhrase != null ? rolePhrase : person.role();
      out.add(new Claim(nameGroupKey(canonical), canonical, role, fit));
    }
    return out;
  }

  /** The stemmed words around a name: eight before it and six after it, inside the sentence. */
  private Set<String> nearTerms(Article a, Span sentence, Span name) {
    List<TermAnalysis.Term> pre = before(stems(a, sentence), name.start());
    List<TermAnalysis.Term> post = after(stems(a, sentence), name.end());
    Set<String> near = new HashSet<>();
    for (int i = Math.max(0, pre.size() - 8); i < pre.size(); i++) near.add(pre.get(i).term());
    for (int i = 0; i < Math.min(6, post.size()); i++) near.add(post.get(i).term());
    return near;
  }

  /** One word with the article or ل/ب before it ("للخارجية"): a tagger's slip, never a person's name. */
  private static boolean definiteWord(String name) {
    String n = name.strip();
    return n.indexOf(' ') < 0 && (n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || n.startsWith("وال"));
  }

  /**
   * Before claims are read: notes the persons that hold, in {@code sentence}, the role a "who did … to the X"
   * question names, so that they are no answer in any sentence, also where their role is not written.
   */
  void noteAskedRoleHolders(Article a, Span sentence) {
    if (question.kind() != Question.Kind.PERSON || identityQuestion) return;
    for (Entity e : a.entities()) {
      if (e.type() != EntityType.PER || !sentence.contains(e.span())) continue;
      if (holdsAskedRole(rolePhrase(a, sentence, e, true))) askedRoleHolders.add(AskIndex.canonical(e));
    }
  }

  /** The office in {@code role} (titles of rank aside) is two or more words, all of them in an action question. */
  private boolean holdsAskedRole(String role) {
    if (identityQuestion || role == null) return false;
    List<String> roleWords = new ArrayList<>(analysis.stems(role));
    roleWords.removeAll(honorifics); // "ولي العهد السعودي الأمير": the office is what the question names
    return roleWords.size() >= 2 && question.terms().containsAll(roleWords);
  }

  /**
   * An organisation as the answer to "who" ("من يقاضي الحملة؟" → الحزب): it fits only by the question's words near
   * it, and below a person at the same distance, since "who" asks for a person first.
   */
  private Claim organisation(Article a, Span sentence, Entity org) {
    String canonical = AskIndex.canonical(org);
    if (askedNames.contains(canonical) || namedInQuestion(org.text())) return null;
    double nearShare = share(nearTerms(a, sentence, org.span()));
    if (nearShare == 0) return null;
    return new Claim(nameGroupKey(canonical), org.text(), null, ORGANISATION_BASE_FIT + 0.3 * nearShare);
  }

  /**
   * A person the tagger ran into an organisation's mention ("البنك المركزي حسان البدري"): the mention starts with
   * another organisation mention of the same article and goes on for two or more words, which are the name.
   */
  private static Entity personAfterOrganisation(Entity e, List<Entity> orgs) {
    for (Entity o : orgs) {
      if (o == e || o.text().length() >= e.text().length() || !e.text().startsWith(o.text())) continue;
      String rest = e.text().substring(o.text().length());
      int lead = rest.length() - rest.stripLeading().length();
      String name = rest.strip();
      if (name.split("\\s+").length < 2) continue;
      int start = e.span().start() + o.text().length() + lead;
      return new Entity(EntityType.PER, new Span(start, start + name.length()), name, null, null);
    }
    return null;
  }

  /**
   * The role written just before a name ("رئيسة القمة ليلى الصالح" → رئيسة القمة), or null: from the nearest role
   * title of the five words before the name, or with {@code widest} from the earliest of them.
   */
  private String rolePhrase(Article a, Span sentence, Entity person, boolean widest) {
    String prefix = a.text().substring(sentence.start(), person.span().start());
    List<TermAnalysis.Term> terms = before(names(a, sentence), person.span().start());
    int first = Math.max(0, terms.size() - 5);
    for (int k = 0; k < terms.size() - first; k++) {
      int i = widest ? first + k : terms.size() - 1 - k;
      if (!lexicon.isRoleTitle(terms.get(i).term())) continue;
      int from = terms.get(i).start() - sentence.start();
      // keep the clitic-free word as written: start at the word's first letter, after a leading و
      while (from > 0 && Character.isLetter(prefix.charAt(from - 1))) from--;
      String phrase = prefix.substring(from).strip();
      if (phrase.startsWith("و") && phrase.length() > 1 && !lexicon.isRoleTitle(phrase)) {
        String rest = phrase.substring(1);
        if (!analysis.nameTerms(rest).isEmpty() && lexicon.isRoleTitle(analysis.nameTerms(rest).get(0))) phrase = rest;
      }
      phrase = phrase.replaceAll("[\\s،,:]+$", "");
      return phrase.isEmpty() ? null : phrase;
    }
    return null;
  }

  private List<Claim> places(Article a, Span sentence) {
    List<Claim> out = new ArrayList<>();
    for (Entity e : a.entities()) {
      if (e.type() != EntityType.LOC || !sentence.contains(e.span())) continue;
      String canonical = AskIndex.canonical(e);
      if (askedNames.contains(canonical) || namedInQuestion(e.text())) continue;
      List<TermAnalysis.Term> pre = before(names(a, sentence), e.span().start());
      double fit = 0.5;
      for (int i = pre.size() - 1, seen = 0; i >= 0 && seen < 2; i--) {
        if (lexicon.isPlaceKind(pre.get(i).term())) continue;
        seen++;
        Boolean in = lexicon.placeCue(pre.get(i).term());
        if (in != null) {
          fit += in ? 0.3 : -0.3;
          break;
        }
      }
      out.add(new Claim(nameGroupKey(canonical), e.text(), null, fit));
    }
    return out;
  }

  /**
   * "What": what the sentence says after the words it shares with the question. The shared words open it (the run of
   * question terms starting at the first one, gaps of up to two words allowed); the answer is the next couple of dozen
   * words. It fits by how much of it is new: a clause that only repeats the question answers nothing. The sentence
   * must hold the question's first term (its verb or noun: ينص، قرر، لون): "ما لون الرمال" is not answered by a
   * sentence about sand that says nothing of colour.
   */
  private List<Claim> clause(Article a, Span sentence) {
    String s = a.text().substring(sentence.start(), sentence.end());
    List<TermAnalysis.Term> terms = analysis.stemsWithOffsets(s);
    int first = -1;
    int last = -1;
    for (int i = 0; i < terms.size(); i++) {
      if (!question.terms().contains(terms.get(i).term())) continue;
      if (first < 0) first = last = i;
      else if (i - last <= 3) last = i;
      else break;
    }
    if (first < 0) return List.of();
    // a name right after the shared words is the subject ("أعلن محافظ الواحة يوسف العامري …"), not what was said
    for (Entity e : a.entities()) {
      if (last + 1 < terms.size() && e.span().start() - sentence.start() <= terms.get(last + 1).start()
          && e.span().end() - sentence.start() > terms.get(last + 1).start()) {
        while (last + 1 < terms.size() && terms.get(last + 1).start() < e.span().end() - sentence.start()) last++;
      }
    }
    if (last + 1 >= terms.size()) return List.of();
    boolean saysPredicate = false;
    for (TermAnalysis.Term t : terms) saysPredicate |= t.term().equals(question.predicate());
    if (!saysPredicate) return List.of(); // "ما لون …" is answered only where لون is said
    int end = Math.min(terms.size() - 1, last + WHAT_MAX_TERMS);
    int fresh = 0;
    StringBuilder key = new StringBuilder();
    for (int i = last + 1; i <= end; i++) {
      if (!question.terms().contains(terms.get(i).term())) fresh++;
      key.append(terms.get(i).term()).append(' ');
    }
    if (fresh < 3) return List.of();
    int from = terms.get(last + 1).start();
    while (from > 0 && Character.isLetter(s.charAt(from - 1))) from--;
    int to = end == terms.size() - 1 ? s.length() : terms.get(end).end();
    String value = s.substring(from, to).strip().replaceAll("[\\s،,.:؛\"]+$", "");
    return List.of(new Claim(key.toString().strip(), value, null, 0.6 + 0.4 * fresh / (end - last)));
  }

  /** Names group under their spelling key, so outlets' transliterations of one name (ترمب/ترامب) are one answer. */
  private String nameGroupKey(String name) {
    return groupKeys.computeIfAbsent(name, n -> org.marsad.text.ar.SpellingKey.of(analysis.nameKey(n.replace("#", " "))));
  }

  private boolean namedInQuestion(String name) {
    return namedInQuestion.computeIfAbsent(name, n -> {
      List<String> terms = analysis.nameTerms(n);
      return !terms.isEmpty() && question.nameTerms().containsAll(terms);
    });
  }

  // a name recurs across the sentences read for one question: analyse it once
  private final java.util.Map<String, String> groupKeys = new java.util.HashMap<>();
  private final java.util.Map<String, Boolean> namedInQuestion = new java.util.HashMap<>();

  /** The share of the question's content terms among these. */
  private double share(java.util.Collection<String> terms) {
    if (question.terms().isEmpty()) return 0;
    int n = 0;
    for (String t : question.terms()) if (terms.contains(t)) n++;
    return (double) n / question.terms().size();
  }
}
