package org.marsad.stages.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.Metadata;
import org.marsad.model.Span;

/**
 * Separates an article body from page furniture by classifying lines, then keeps the main contiguous block of
 * content lines (a maximum-sum run: content lines weigh their length, furniture and short lines weigh against).
 * Finds title, outlet, author and publication time in the lines around the body. Pure: no I/O, no state.
 */
public final class PageCleaner {
  /** A line of at least this many words is a paragraph even without final punctuation. */
  static final int PARAGRAPH_WORDS = 14;
  /** A line ending with sentence punctuation is a paragraph from this many words. */
  static final int SENTENCE_WORDS = 6;
  static final int SHORT_WEIGHT = -25;
  static final int FURNITURE_WEIGHT = -80;

  private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s]+|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern HOST = Pattern.compile("(?:https?://|www\\.|(?<![\\w.+-])[\\w.+-]+@)((?:[\\w-]+\\.)+[a-z]{2,})");
  private static final Pattern TODAY = Pattern.compile("اليوم (?:([\\p{L}]+) ?[،,]? ?)?\\(? ?");
  /** Words that go with a date on a date line (folded). */
  private static final Set<String> DATE_LABELS = Set.of("الساعه", "الموافق", "التاريخ", "تاريخ", "بتاريخ", "اخر", "تحديث",
      "بتوقيت", "توقيت", "مكه", "المكرمه", "غرينتش", "جرينتش", "gmt", "utc", "منذ", "قبل", "ساعه", "ساعات", "دقيقه", "دقايق",
      "دقائق", "يوم", "يومين", "ايام", "اسبوع", "صباحا", "مساء", "مساءا");
  private static final Pattern LIST_MARK = Pattern.compile("^[-•*·●▪◦■►]+ ?");
  /** A page banner: "site name | tagline" or "site name — tagline". */
  private static final Pattern BANNER = Pattern.compile("^([^|—]{2,40}?) (?:\\||—) [^|—]{2,80}$");
  /** A masthead tagline under the site's name: "صحيفة يومية مستقلة", "موقع إخباري …" (folded forms). */
  private static final Pattern TAGLINE = Pattern.compile("^(?:صحيفه|جريده|موقع|شبكه|بوابه|مجله) ");
  /** Banners and taglines sit in the first lines of a page, above the headline. */
  private static final int BANNER_LINES = 3;

  private final FurnitureLexicon lex;
  private final BylineReader bylines;

  public PageCleaner() {
    this(FurnitureLexicon.DEFAULT);
  }

  PageCleaner(FurnitureLexicon lex) {
    this.lex = lex;
    this.bylines = new BylineReader(lex);
  }

  /**
   * Cleans one page.
   *
   * @param text the original text; all spans index into it
   * @param hints metadata the source format carried: a set field is kept, a null one filled when the text says
   * @param referenceDate resolves relative times ("منذ يومين"); null leaves them unresolved
   */
  public CleanResult clean(String text, Metadata hints, LocalDate referenceDate) {
    Metadata meta = hints == null ? Metadata.EMPTY : hints;
    List<Line> lines = split(text);
    for (Line l : lines) classify(text, l);
    String bannerOutlet = markBanner(text, lines);
    String titleFolded = meta.title() == null ? null : TextFold.fold(meta.title());
    Line titleLine = titleFolded == null ? findTitle(lines) : null;
    if (titleLine != null) {
      titleLine.set(LineKind.TITLE, "title");
      titleFolded = titleLine.folded;
    }
    markRepeats(lines, titleFolded, titleLine);
    markContext(lines);
    int[] block = mainBlock(lines);

    List<Span> body = new ArrayList<>();
    String leadOutlet = null;
    String leadAuthor = null;
    for (int i = block[0]; i <= block[1] && i >= 0; i++) {
      Line l = lines.get(i);
      if (!inBody(l) && !inShortRun(lines, i, block)) continue;
      int start = l.start;
      if (body.isEmpty()) {
        BylineReader.Byline lead = bylines.readLead(text, l.start, l.end);
        if (lead != null) {
          start = lead.bodyStart();
          leadOutlet = lead.outlet();
          leadAuthor = lead.author();
        }
      }
      int end = stripTail(text, l, start);
      if (end > start) body.add(new Span(start, end));
    }
    if (body.isEmpty()) { // nothing paragraph-like: keep every line that is not furniture, so no text is lost blindly
      for (Line l : lines) if (l.kind == LineKind.CONTENT || l.kind == LineKind.SHORT) body.add(new Span(l.start, l.end));
    }

    String title = meta.title() != null ? meta.title() : titleLine == null ? null : text.substring(titleLine.start, titleLine.end);
    String[] dates = publication(lines, block, referenceDate);
    String published = meta.published() != null ? meta.published() : dates[0];
    if (published == null && !body.isEmpty()) published = todayInLead(text, body.get(0));
    String outlet = meta.outlet() != null ? meta.outlet() : outlet(text, lines, block, leadOutlet);
    if (outlet == null) outlet = bannerOutlet;
    String author = meta.author() != null ? meta.author() : author(text, lines, block, leadAuthor);
    return new CleanResult(body, title, outlet, author, published, dates[1]);
  }

  // ---- lines and their features

  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int e = i;
      while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r' && text.charAt(e) != '\u2029') e++;
      int a = i, b = e;
      while (a < b && TextFold.isSpaceLike(text.charAt(a))) a++;
      while (b > a && TextFold.isSpaceLike(text.charAt(b - 1))) b--;
      if (b > a) lines.add(new Line(lines.size(), a, b));
      i = e + 1;
    }
    return lines;
  }

  private void classify(String text, Line l) {
    l.start = stripWidgetPrefix(text, l.start, l.end);
    features(text, l);
    if (l.start >= l.end || l.folded.isEmpty()) {
      l.set(LineKind.FURNITURE, "share-widget");
      return;
    }
    String f = l.folded;
    if (l.words <= 6) { // whole-line lexicon rules only concern short lines
      if (lex.wholeLines.contains(f) || lex.wholeLines.contains(stripDigitsAndBrackets(f))) { l.set(LineKind.FURNITURE, "lexicon-line"); return; }
      if (lex.social.contains(f) || allSocial(f)) { l.set(LineKind.FURNITURE, "social"); return; }
    }
    if (l.words <= 12 && (FurnitureLexicon.firstStart(f, lex.lineStarts) != null || FurnitureLexicon.firstStart(f, lex.shortLinks) != null)) { l.set(LineKind.FURNITURE, "lexicon-start"); return; }
    if (l.words <= 30 && relatedHeader(f)) { l.set(LineKind.RELATED, "related"); return; }
    if (l.words <= 8 && FurnitureLexicon.firstStart(f, lex.mastheads) != null) { l.set(LineKind.MASTHEAD, "masthead"); return; }
    if (l.linkShare >= 0.5) { l.set(LineKind.FURNITURE, "link"); return; }
    if (l.words <= 4 && allSection(f)) { l.set(LineKind.FURNITURE, "section-label"); return; }
    if (l.words <= 14 && !l.endsSentence && navigationMenu(f)) { l.set(LineKind.FURNITURE, "navigation"); return; }
    if (l.words <= 14 && !l.endsSentence && isDateLine(f) && fewOtherWords(f)) { l.set(LineKind.DATE, "date"); return; }
    if (l.words <= 3 && FurnitureLexicon.firstStart(stripColon(f), lex.updatedLabels) != null && stripColon(f).length() <= 20) {
      l.set(LineKind.DATE, "update-label");
      return;
    }
    if (l.words <= 10 && !endsWithPeriod(f) && bylines.readLine(text, l.start, l.end) != null) { l.set(LineKind.BYLINE, "byline"); return; }
    if (l.words <= 3 && l.arabicShare < 0.2 && !hasDigit(f)) { l.set(LineKind.FURNITURE, "latin-label"); return; }
    boolean listItem = LIST_MARK.matcher(f).find();
    if (!listItem && (l.words >= PARAGRAPH_WORDS || l.endsSentence && l.words >= SENTENCE_WORDS)) {
      l.set(LineKind.CONTENT, "paragraph");
    } else if (listItem && l.words >= PARAGRAPH_WORDS + 6) {
      l.set(LineKind.CONTENT, "long-list-item");
    } else {
      l.set(LineKind.SHORT, listItem ? "list-item" : "short");
    }
  }

  private static void features(String text, Line l) {
    l.folded = TextFold.fold(text, l.start, l.end);
    String f = l.folded;
    int words = f.isEmpty() ? 0 : 1;
    int arabic = 0, letters = 0;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == ' ') words++;
      else if (Character.isLetter(c)) {
        letters++;
        if (TextFold.isArabicLetter(c)) arabic++;
      }
    }
    l.words = words;
    l.arabicShare = letters == 0 ? 0 : (double) arabic / letters;
    l.endsSentence = endsSentence(f);
    int linkChars = 0;
    if (f.contains("http") || f.contains("www.") || f.indexOf('@') >= 0) {
      Matcher m = URL.matcher(f);
      while (m.find()) linkChars += m.end() - m.start();
    }
    l.linkShare = f.isEmpty() ? 0 : (double) linkChars / f.length();
  }

  static boolean endsSentence(String f) {
    int i = f.length() - 1;
    while (i >= 0 && "\"'»”“)]}*".indexOf(f.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?؟…:؛".indexOf(f.charAt(i)) >= 0;
  }

  private static boolean endsWithPeriod(String f) {
    int i = f.length() - 1;
    while (i >= 0 && "\"'»”“)]}".indexOf(f.charAt(i)) >= 0) i--;
    return i >= 0 && ".!?؟…".indexOf(f.charAt(i)) >= 0;
  }

  /** Skips share-widget words glued before the text ("شارك من خلال تويتر فيسبوك …", "Next Previous"). */
  private int stripWidgetPrefix(String text, int start, int end) {
    int pos = start;
    for (int guard = 0; guard < 12 && pos < end; guard++) {
      int next = matchPrefix(text, pos, end);
      if (next < 0) break;
      pos = next;
    }
    return pos;
  }

  /** If a prefix phrase starts at {@code pos}, the index after it and the spaces that follow; else -1. */
  private int matchPrefix(String text, int pos, int end) {
    int i = pos;
    while (i < end && !TextFold.isSpaceLike(text.charAt(i))) i++;
    List<String[]> candidates = lex.prefixesByFirst.get(TextFold.fold(text, pos, i));
    if (candidates == null) return -1;
    // fold the next few tokens once
    List<String> tokens = new ArrayList<>(4);
    List<Integer> tokenEnds = new ArrayList<>(4);
    i = pos;
    while (tokens.size() < 3 && i < end) {
      int a = i;
      while (i < end && !TextFold.isSpaceLike(text.charAt(i))) i++;
      tokens.add(TextFold.fold(text, a, i));
      tokenEnds.add(i);
      while (i < end && TextFold.isSpaceLike(text.charAt(i))) i++;
    }
    int best = -1;
    for (String[] p : candidates) {
      if (p.length > tokens.size() || p.length <= best) continue;
      boolean ok = true;
      for (int k = 0; k < p.length && ok; k++) ok = p[k].equals(tokens.get(k));
      if (ok) best = p.length;
    }
    if (best < 0) return -1;
    int e = tokenEnds.get(best - 1);
    while (e < end && TextFold.isSpaceLike(text.charAt(e))) e++;
    return e;
  }

  /** A related-links header; a header of three words or more may be glued to the first link. */
  private boolean relatedHeader(String f) {
    for (String p : lex.relatedHeaders) {
      if (FurnitureLexicon.startsWithPhrase(f, p) || f.startsWith(p) && p.indexOf(' ') != p.lastIndexOf(' ')) return true;
    }
    return false;
  }

  private boolean allSocial(String f) {
    for (String t : f.split("[ ،,|/]+")) if (!t.isEmpty() && !lex.social.contains(t)) return false;
    return true;
  }

  /**
   * A site's menu: three or more items, split by "|" or "•" or wide gaps, that are nearly all section names
   * ("الرئيسية  سياسة  اقتصاد  رياضة").
   */
  private boolean navigationMenu(String f) {
    String[] items = f.split(" *[|•·/] *| ");
    if (items.length < 3) return false;
    int sections = 0;
    for (String t : items) if (lex.sectionWords.contains(t)) sections++;
    return sections * 10 >= items.length * 8;
  }

  private boolean allSection(String f) {
    for (String t : f.split(" ")) {
      if (lex.sectionWords.contains(t)) continue;
      boolean glued = false; // "العالمسلايد": labels glued when the page's markup was stripped
      for (String w : lex.sectionWords) if (w.length() >= 4 && t.contains(w)) glued = true;
      if (!glued) return false;
    }
    return true;
  }

  /**
   * A date line is mostly the date: besides digits, months, weekdays, places, outlets and labels it has at most three
   * words ("الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس" yes; "يستمر المعرض حتى 26 سبتمبر 2015" no).
   */
  private boolean fewOtherWords(String f) {
    int other = 0;
    for (String t : f.split("[ ،,:()/|\\-–—]+")) {
      if (t.length() < 3 || hasDigit(t) || GregorianMonths.month(t) > 0 || PublicationDates.weekday(t) > 0) continue;
      if (lex.cities.contains(t) || lex.outletOf(t) != null || DATE_LABELS.contains(t)) continue;
      if (FurnitureLexicon.firstStart(t, lex.updatedLabels) != null || FurnitureLexicon.firstStart(t, lex.publishedLabels) != null) continue;
      other++;
    }
    return other <= 3;
  }

  private static boolean isDateLine(String f) {
    PublicationDates.Found d = PublicationDates.findAbsolute(f);
    if (d != null) return true;
    return f.length() <= 40 && (f.contains("منذ ") || f.contains("قبل ") || f.contains(" ago"))
        && PublicationDates.findRelative(f, LocalDate.of(2000, 1, 1)) != null;
  }

  // ---- title, repeats, masthead and related-list context

  /**
   * Marks the site's banner at the top of the page ("الأفق نيوز | أخبار …", or a name line over a tagline such as
   * "صحيفة عربية شاملة") as masthead, so it is neither title nor body, and returns the site name it gives (or null).
   */
  private static String markBanner(String text, List<Line> lines) {
    String name = null;
    for (int i = 0; i < Math.min(BANNER_LINES, lines.size()); i++) {
      Line l = lines.get(i);
      if (l.endsSentence || (l.kind != LineKind.SHORT && l.kind != LineKind.CONTENT)) continue;
      if (l.words <= 6 && TAGLINE.matcher(l.folded).find()) {
        l.set(LineKind.FURNITURE, "tagline");
        Line above = i > 0 ? lines.get(i - 1) : null;
        if (above != null && above.words <= 4 && !above.endsSentence
            && (above.kind == LineKind.SHORT || above.kind == LineKind.CONTENT)) {
          above.set(LineKind.MASTHEAD, "banner-name");
          if (name == null) name = text.substring(above.start, above.end);
        }
        continue;
      }
      if (l.words <= 12) {
        Matcher m = BANNER.matcher(text.substring(l.start, l.end));
        if (m.matches()) {
          l.set(LineKind.MASTHEAD, "banner");
          if (name == null) name = m.group(1).strip();
        }
      }
    }
    return name;
  }

  /** The first substantial line before the first paragraph that does not read as a sentence. */
  private static Line findTitle(List<Line> lines) {
    for (Line l : lines) {
      if (l.kind == LineKind.CONTENT && (endsWithPeriod(l.folded) || l.words > 30)) return null;
      if ((l.kind == LineKind.SHORT || l.kind == LineKind.CONTENT) && l.words >= 3 && !l.folded.endsWith(".")
          && !l.folded.endsWith(":") && !LIST_MARK.matcher(l.folded).find()) {
        return l;
      }
    }
    return null;
  }

  private static void markRepeats(List<Line> lines, String titleFolded, Line titleLine) {
    Map<String, Integer> count = new HashMap<>();
    for (Line l : lines) count.merge(l.folded, 1, Integer::sum);
    Set<String> seen = new HashSet<>();
    Set<String> titleWords = titleFolded == null ? Set.of() : new HashSet<>(java.util.Arrays.asList(titleFolded.split(" ")));
    for (Line l : lines) {
      if (l == titleLine) continue;
      boolean again = !seen.add(l.folded);
      if (titleFolded != null && l.folded.equals(titleFolded)) { l.set(LineKind.FURNITURE, "title-repeat"); continue; }
      if (l.kind == LineKind.SHORT && count.get(l.folded) > 1) { l.set(LineKind.FURNITURE, "repeated-line"); continue; }
      if (l.kind == LineKind.CONTENT && again) { l.set(LineKind.FURNITURE, "repeated-paragraph"); continue; }
      if (l.kind == LineKind.CONTENT && !endsWithPeriod(l.folded) && l.words <= 40 && titleVariant(l.folded, titleWords)) {
        l.set(LineKind.FURNITURE, "title-variant"); // the page's headline when the hint is the <title> ("… | site")
        continue;
      }
      if (l.kind == LineKind.SHORT && !l.endsSentence && l.words <= 12 && !titleWords.isEmpty()) {
        int in = 0;
        String[] ws = l.folded.split(" ");
        for (String w : ws) if (titleWords.contains(w)) in++;
        if (in * 10 >= ws.length * 6) l.set(LineKind.FURNITURE, "caption-of-title");
      }
    }
  }

  /** Most words of the line are title words and most title words are in the line. */
  private static boolean titleVariant(String folded, Set<String> titleWords) {
    if (titleWords.isEmpty()) return false;
    String[] ws = folded.split(" ");
    Set<String> lineWords = new HashSet<>(java.util.Arrays.asList(ws));
    int shared = 0;
    for (String w : lineWords) if (titleWords.contains(w)) shared++;
    return shared * 10 >= lineWords.size() * 7 && shared * 10 >= titleWords.size() * 7;
  }

  private static void markContext(List<Line> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind == LineKind.MASTHEAD && !l.rule.startsWith("banner") && i + 1 < lines.size()) {
        Line name = lines.get(i + 1);
        if (name.kind == LineKind.SHORT && name.words <= 4) name.set(LineKind.FURNITURE, "masthead-name");
      }
      if (l.kind == LineKind.RELATED && l.words <= 4) { // a header alone: the link list follows
        for (int j = i + 1; j < lines.size(); j++) {
          Line item = lines.get(j);
          if (item.kind == LineKind.CONTENT) break;
          if (item.kind == LineKind.SHORT) item.set(LineKind.FURNITURE, "related-item");
        }
      }
    }
  }

  // ---- main block

  /** First and last index of the maximum-weight run of lines, or {-1, -2} when no line weighs for. */
  static int[] mainBlock(List<Line> lines) {
    long best = 0, run = 0;
    int bestA = -1, bestB = -2, a = 0;
    for (int i = 0; i < lines.size(); i++) {
      run += weight(lines.get(i));
      if (run <= 0) {
        run = 0;
        a = i + 1;
      } else if (run > best) {
        best = run;
        bestA = a;
        bestB = i;
      }
    }
    return new int[] {bestA, bestB};
  }

  private static int weight(Line l) {
    return switch (l.kind) {
      case CONTENT -> l.end - l.start;
      case SHORT -> l.words >= 4 ? SHORT_WEIGHT / 2 : SHORT_WEIGHT;
      default -> FURNITURE_WEIGHT;
    };
  }

  /** Inside the block: paragraphs, and short lines that are sentences (list items); headings and captions go. */
  private static boolean inBody(Line l) {
    return l.kind == LineKind.CONTENT || l.kind == LineKind.SHORT && l.endsSentence && l.words >= 3;
  }

  /**
   * A short line inside the block that sits in a run of short lines (verse, list items) is text; a short line alone
   * between paragraphs is a heading or a caption.
   */
  private static boolean inShortRun(List<Line> lines, int i, int[] block) {
    Line l = lines.get(i);
    if (l.kind != LineKind.SHORT || l.words < 3) return false;
    boolean prevShort = i > block[0] && lines.get(i - 1).kind == LineKind.SHORT && lines.get(i - 1).words >= 3;
    boolean nextShort = i < block[1] && lines.get(i + 1).kind == LineKind.SHORT && lines.get(i + 1).words >= 3;
    return prevShort || nextShort;
  }

  /** Cuts a tag list glued after the last sentence ("… المنطقة. سمات فلان علان"). */
  private int stripTail(String text, Line l, int start) {
    int end = l.end;
    String f = l.folded;
    int window = Math.max(0, f.length() - 300); // tag lists are short and at the end
    for (String tail : lex.tails) {
      int at = f.indexOf(tail, window);
      if (at > 0 && (f.charAt(at - 1) != ' ' || at + tail.length() >= f.length() || f.charAt(at + tail.length()) != ' ')) at = -1;
      if (at > 0) at--; // at the space before the marker
      if (at <= 0) continue;
      String rest = f.substring(at + tail.length() + 2);
      if (endsSentence(rest) || rest.split(" ").length > 12) continue;
      if (!endsSentence(f.substring(0, at))) continue;
      // locate the marker in the raw text: the last occurrence of its first letters before the end
      int raw = text.lastIndexOf(tail.substring(0, Math.min(3, tail.length())), end);
      if (raw > start) {
        int e = raw;
        while (e > start && TextFold.isSpaceLike(text.charAt(e - 1))) e--;
        return e;
      }
    }
    return end;
  }

  // ---- metadata

  /** {published, updated} from date lines outside the body; the first line not labelled as an update wins. */
  private String[] publication(List<Line> lines, int[] block, LocalDate ref) {
    String published = null, updated = null;
    boolean updateLabel = false;
    for (Line l : lines) {
      if (l.index > block[0] && l.index < block[1]) continue; // a date between body paragraphs belongs to the text
      if (l.kind != LineKind.DATE) {
        if (l.kind != LineKind.FURNITURE) updateLabel = false;
        if (l.kind == LineKind.FURNITURE && FurnitureLexicon.firstStart(stripColon(l.folded), lex.updatedLabels) != null) updateLabel = true;
        continue;
      }
      if (l.rule.equals("update-label")) { updateLabel = true; continue; }
      PublicationDates.Found d = PublicationDates.findAbsolute(l.folded);
      if (d == null) d = PublicationDates.findRelative(l.folded, ref);
      if (d == null) continue;
      boolean isUpdate = updateLabel || FurnitureLexicon.firstStart(l.folded, lex.updatedLabels) != null;
      updateLabel = false;
      if (isUpdate) { if (updated == null) updated = d.iso(); }
      else if (published == null) published = d.iso();
    }
    return new String[] {published, updated};
  }

  /** "اليوم الخميس (4 حزيران 2020)" at the start of the lead: the article's own day, if the weekday agrees. */
  private static String todayInLead(String text, Span lead) {
    String f = TextFold.fold(text, lead.start(), Math.min(lead.end(), lead.start() + 400));
    Matcher m = TODAY.matcher(f);
    while (m.find()) {
      int from = m.end();
      String window = f.substring(from, Math.min(f.length(), from + 40));
      PublicationDates.Found d = PublicationDates.findAbsolute(window);
      if (d == null || d.start() > 3 || d.relative()) continue;
      int named = m.group(1) == null ? 0 : PublicationDates.weekday(m.group(1));
      if (m.group(1) != null && named == 0) continue; // "اليوم" followed by some other word
      if (named != 0 && named != d.date().getDayOfWeek().getValue()) continue;
      return d.date().toString();
    }
    return null;
  }

  private String outlet(String text, List<Line> lines, int[] block, String leadOutlet) {
    // a known domain outside the body (short link, contact address) names the publisher; an unknown host only when
    // it is the page's own short link, since other links and web-mail addresses point elsewhere
    String shortLinkHost = null;
    for (Line l : lines) {
      if (inBlockBody(l, block)) continue;
      if (l.linkShare == 0 && !l.folded.contains("http") && l.folded.indexOf('@') < 0) continue;
      Matcher m = HOST.matcher(l.folded);
      while (m.find()) {
        String host = m.group(1);
        String known = lex.outletOf(host);
        if (known != null) return known;
        if (shortLinkHost == null && m.group().indexOf('@') < 0 && isShortLinkLine(l)) {
          shortLinkHost = host.startsWith("www.") ? host.substring(4) : host;
        }
      }
    }
    if (shortLinkHost != null) return shortLinkHost;
    for (Line l : lines) {
      if (l.kind == LineKind.BYLINE || l.kind == LineKind.DATE) {
        String o = outletInLine(l);
        if (o != null) return o;
        BylineReader.Byline b = bylines.readLine(text, l.start, l.end);
        if (b != null && b.outlet() != null) return b.outlet();
      }
    }
    return leadOutlet;
  }

  private boolean isShortLinkLine(Line l) {
    return FurnitureLexicon.firstStart(l.folded, lex.shortLinks) != null;
  }

  private String outletInLine(Line l) {
    for (String t : l.folded.split("[ ()/:\\-–—]+")) {
      String o = lex.outletOf(t);
      if (o != null && t.length() >= 3) return o;
    }
    return null;
  }

  private String author(String text, List<Line> lines, int[] block, String leadAuthor) {
    for (Line l : lines) {
      if (l.kind != LineKind.BYLINE || inBlockBody(l, block) && l.index > block[0]) continue;
      BylineReader.Byline b = bylines.readLine(text, l.start, l.end);
      if (b != null && b.author() != null) return b.author();
    }
    return leadAuthor;
  }

  private static boolean inBlockBody(Line l, int[] block) {
    return l.index >= block[0] && l.index <= block[1] && inBody(l);
  }

  private static int firstLinkStart(String f) {
    int h = f.indexOf("http");
    int w = f.indexOf("www.");
    int at = f.indexOf('@');
    int best = Integer.MAX_VALUE;
    for (int x : new int[] {h, w}) if (x >= 0) best = Math.min(best, x);
    if (best == Integer.MAX_VALUE && at >= 0) best = Math.max(0, f.lastIndexOf(' ', at) + 1);
    return best == Integer.MAX_VALUE ? 0 : best;
  }

  private static String stripColon(String f) {
    return f.endsWith(":") ? f.substring(0, f.length() - 1).strip() : f;
  }

  private static String stripDigitsAndBrackets(String f) {
    StringBuilder sb = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c >= '0' && c <= '9' || "()[]".indexOf(c) >= 0) continue;
      sb.append(c);
    }
    return sb.toString().strip();
  }

  private static boolean hasDigit(String f) {
    for (int i = 0; i < f.length(); i++) if (f.charAt(i) >= '0' && f.charAt(i) <= '9') return true;
    return false;
  }
}
