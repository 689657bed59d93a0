package org.marsad.stages.clean;

/**
 * Reads bylines and datelines: short dash- or colon-separated segments such as "عين اليوم – جدة",
 * "عبدالله س- سبق- الرياض:", "(كونا) --", "الرياض (رويترز) -", "بقلم: فلان". Each segment is an outlet, a place, a
 * filler word (متابعات، تصوير), or a name; a byline needs at least one segment that is not a name.
 */
final class BylineReader {
  /** What a byline or dateline says. {@code bodyStart} is where the text after a lead dateline begins. */
  record Byline(String author, String outlet, int bodyStart) {}

  private enum Seg { OUTLET, PLACE, FILLER, NAME, OTHER }

  private static final int MAX_DATELINE = 110;
  private final FurnitureLexicon lex;

  BylineReader(FurnitureLexicon lex) {
    this.lex = lex;
  }

  /** The byline a whole short line is, or null when it is not one. */
  Byline readLine(String text, int start, int end) {
    Byline b = readSegments(text, start, end, true);
    return b != null && b.bodyStart() >= end ? b : null;
  }

  /** The dateline that opens a paragraph ("(كونا) --", "الرياض: "), or null. */
  Byline readLead(String text, int start, int end) {
    Byline b = readSegments(text, start, Math.min(end, start + MAX_DATELINE), false);
    if (b == null || b.bodyStart() >= end) return null;
    return b;
  }

  private Byline readSegments(String text, int start, int end, boolean wholeLine) {
    int pos = start;
    String author = null;
    String outlet = null;
    boolean hit = false;
    int consumedTo = -1;
    for (int segs = 0; segs < 6 && pos < end; segs++) {
      int sep = nextSeparator(text, pos, end);
      int segEnd = sep < 0 ? end : sep;
      String raw = text.substring(pos, segEnd).strip();
      if (raw.isEmpty()) { // "--": several separators in a row
        if (sep < 0) break;
        pos = sep + 1;
        continue;
      }
      Seg kind = classify(raw);
      if (kind == Seg.OTHER) {
        if (!wholeLine && consumedTo > 0) {
          // "فلان – عين اليوم ذكرت…": an outlet or place glued to the text with no separator after it
          int glued = gluedPhraseEnd(text, pos, segEnd);
          if (glued > 0) {
            String o = lex.outletOf(TextFold.fold(text, pos, glued));
            if (o != null && outlet == null) outlet = o;
            return new Byline(author, outlet, skipSpaces(text, glued, text.length()));
          }
        }
        break;
      }
      switch (kind) {
        case OUTLET -> { hit = true; if (outlet == null) outlet = outletIn(raw); }
        case PLACE, FILLER -> {
          hit = true;
          String o = outletIn(raw);
          if (o != null && outlet == null) outlet = o;
          String n = nameAfterFiller(raw);
          if (n != null && author == null) author = n;
        }
        case NAME -> { if (author == null && raw.strip().split("\\s+").length >= 2) author = raw; } // one word is more often a place
        default -> { }
      }
      if (sep < 0) {
        consumedTo = end;
        break;
      }
      int after = sep;
      while (after < end && (isSeparator(text.charAt(after)) || TextFold.isSpaceLike(text.charAt(after)))) after++;
      consumedTo = after;
      pos = after;
      if (text.charAt(sep) == ':') break; // a colon closes a dateline
    }
    if (!hit || consumedTo < 0) return null;
    return new Byline(author, outlet, consumedTo);
  }

  private Seg classify(String raw) {
    String f = TextFold.fold(raw);
    if (f.isEmpty()) return Seg.NAME;
    String bare = stripBrackets(f);
    if (lex.outletOf(bare) != null || outletInParens(f) != null) return Seg.OUTLET;
    if (bare.startsWith("صحيفه ") && lex.outletOf(bare.substring(6)) != null) return Seg.OUTLET;
    if (lex.cities.contains(bare)) return Seg.PLACE;
    int comma = bare.indexOf('،');
    if (comma > 0 && lex.cities.contains(bare.substring(0, comma).strip())) return Seg.PLACE;
    if (lex.fillers.contains(bare)) return Seg.FILLER;
    String[] tokens = bare.split(" ");
    if (lex.fillers.contains(tokens[0]) && tokens.length <= 4 && lettersOnly(bare)) return Seg.FILLER;
    if (tokens.length <= 4 && lettersOnly(bare)) return Seg.NAME;
    return Seg.OTHER;
  }

  private String nameAfterFiller(String raw) {
    String f = stripBrackets(TextFold.fold(raw));
    String[] tokens = f.split(" ");
    if (tokens.length < 2 || !lex.fillers.contains(tokens[0]) || !lettersOnly(f)) return null;
    String[] rawTokens = raw.strip().split("\\s+");
    return rawTokens.length == tokens.length ? String.join(" ", java.util.Arrays.copyOfRange(rawTokens, 1, rawTokens.length)) : null;
  }

  private String outletIn(String raw) {
    String f = TextFold.fold(raw);
    String o = lex.outletOf(stripBrackets(f));
    if (o == null) o = outletInParens(f);
    if (o == null && f.startsWith("صحيفه ")) o = lex.outletOf(stripBrackets(f.substring(6)));
    return o;
  }

  private String outletInParens(String f) {
    int open = f.indexOf('(');
    while (open >= 0) {
      int close = f.indexOf(')', open);
      if (close < 0) return null;
      String o = lex.outletOf(f.substring(open + 1, close).strip());
      if (o != null) return o;
      open = f.indexOf('(', close);
    }
    return null;
  }

  /** End of an outlet or place phrase that opens {@code [from, to)} followed by a space, or -1. */
  private int gluedPhraseEnd(String text, int from, int to) {
    String f = TextFold.fold(text, from, Math.min(to, from + 40));
    int best = -1;
    for (String phrase : lex.outlets.keySet()) best = Math.max(best, glued(f, phrase));
    for (String phrase : lex.cities) best = Math.max(best, glued(f, phrase));
    if (best <= 0) return -1;
    // map the folded length back to the raw text: count folded chars while walking the raw ones
    int folded = 0;
    int i = from;
    boolean space = false;
    while (i < to && folded < best) {
      char c = text.charAt(i++);
      if (TextFold.isSpaceLike(c)) { space = true; continue; }
      if (TextFold.foldChar(c) == 0) continue;
      if (space && folded > 0) folded++;
      space = false;
      folded++;
    }
    return i;
  }

  private static int glued(String f, String phrase) {
    return f.length() > phrase.length() && f.startsWith(phrase) && f.charAt(phrase.length()) == ' ' ? phrase.length() : -1;
  }

  private static String stripBrackets(String f) {
    int a = 0, b = f.length();
    while (a < b && "()[]«»\"'“”*".indexOf(f.charAt(a)) >= 0) a++;
    while (b > a && "()[]«»\"'“”*،,".indexOf(f.charAt(b - 1)) >= 0) b--;
    return f.substring(a, b).strip();
  }

  private static boolean lettersOnly(String f) {
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c != ' ' && c != '.' && !Character.isLetter(c)) return false;
    }
    return true;
  }

  private static int nextSeparator(String text, int from, int end) {
    for (int i = from; i < end; i++) if (isSeparator(text.charAt(i))) return i;
    return -1;
  }

  static boolean isSeparator(char c) {
    return c == '-' || c == '–' || c == '—' || c == '_' || c == ':' || c == '|' || c == '/';
  }

  private static int skipSpaces(String text, int i, int end) {
    while (i < end && TextFold.isSpaceLike(text.charAt(i))) i++;
    return i;
  }
}
