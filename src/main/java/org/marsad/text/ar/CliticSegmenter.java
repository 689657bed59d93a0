package org.marsad.text.ar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.model.Span;

/**
 * Light clitic segmentation: proclitics و ف, then ب ك ل س, then ال (and لل = ل + ال), a stem, then an attached
 * pronoun (ه ها هم هما كم كما كن نا ي). Naive stripping mangles words whose root starts with those letters
 * (فرنسا → رنسا), so each analysis is checked against a lexicon of known words, function words and names, and
 * against minimum stem lengths; among valid analyses one with a known stem wins, then the one with more segments.
 * Pure and thread-safe.
 */
public final class CliticSegmenter {
  static final int MIN_STEM_AFTER_ARTICLE = 2;
  static final int MIN_STEM = 3;
  static final int MIN_PATTERN_STEM = 4;
  private static final String[] ENCLITICS = {"هما", "كما", "ها", "هم", "كم", "كن", "نا", "ه", "ي"};
  /** Inflection endings: a word that is a known word plus one of these is known too (وضعت from وضع). */
  private static final String[] INFLECTIONS = {"يين", "يون", "ية", "ات", "وا", "ين", "ون", "ان", "ت", "ا", "ة", "ي"};
  /** Hosts that take the first-person ي (مني، عندي). */
  private static final Set<String> YEH_HOSTS = Set.of("من", "عن", "عند", "مع", "لدي");
  private static final char[] CONJUNCTIONS = {0, 'و', 'ف'};
  private static final char[] PREPOSITIONS = {0, 'ب', 'ك', 'ل', 'س'};

  private static volatile CliticSegmenter standard;

  private final Set<String> known;
  private final Set<String> noSplit;
  private final Set<String> hosts;
  private final Normalizer normalizer = Normalizer.standard();
  /** News vocabulary is Zipfian: most words repeat, so analyses are cached (bounded; cleared when full). */
  private final ConcurrentHashMap<String, int[]> cache = new ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 200_000;
  private static final int[] WHOLE = new int[0];

  public CliticSegmenter(Set<String> knownWords, Set<String> noSplit, Set<String> hosts) {
    this.known = Set.copyOf(knownWords);
    this.noSplit = Set.copyOf(noSplit);
    this.hosts = Set.copyOf(hosts);
  }

  /** The segmenter over the packaged word lists and the JDK's Arabic country names (CLDR). Loaded once. */
  public static CliticSegmenter standard() {
    CliticSegmenter s = standard;
    if (s == null) {
      synchronized (CliticSegmenter.class) {
        if (standard == null) standard = load();
        s = standard;
      }
    }
    return s;
  }

  private static CliticSegmenter load() {
    Set<String> known = new HashSet<>();
    for (String res : List.of("clitic-words.txt", "clitic-names.txt")) {
      for (String[] row : Lexicons.rawRows(res)) addKnown(known, row[0]);
    }
    // number and calendar words are known words too: يونيه must not lose a pronoun, لثلاثة splits as ل+ثلاثة
    for (String res : List.of("number-words.tsv", "number-scales.tsv", "number-ordinals.tsv")) {
      for (String[] row : Lexicons.rawRows(res)) addKnown(known, row[0]);
    }
    for (String[] row : Lexicons.rawRows("calendar.tsv")) {
      for (String word : row[3].split(" ")) addKnown(known, word);
    }
    Locale ar = Locale.forLanguageTag("ar");
    for (String cc : Locale.getISOCountries()) {
      String name = Locale.of("", cc).getDisplayCountry(ar);
      for (String word : name.split("[\\s\\-()،,]+")) addKnown(known, word);
    }
    Set<String> noSplit = new HashSet<>(Lexicons.words("clitic-no-split.txt"));
    Set<String> hosts = new HashSet<>(Lexicons.words("clitic-hosts.txt"));
    return new CliticSegmenter(known, noSplit, hosts);
  }

  /** Adds a word, dropping a written article: the raw form tells ال (article) from أل (as in ألمانيا). */
  private static void addKnown(Set<String> known, String raw) {
    String w = Normalizer.standard().normalizeToString(raw);
    if (w.isEmpty() || !ArabicChars.isArabicWord(w)) return;
    if (raw.startsWith("ال") && w.length() >= 2 + MIN_STEM_AFTER_ARTICLE) w = w.substring(2);
    known.add(w);
  }

  /** {@code word} as its segments' normalised forms joined by {@code +}; non-Arabic words come back whole. */
  public String segmentToString(String word) {
    if (!ArabicChars.isArabicWord(word)) return word;
    List<Segment> segs = segment(word, 0, word.length());
    if (segs.isEmpty()) return word;
    StringBuilder sb = new StringBuilder();
    for (Segment s : segs) {
      if (sb.length() > 0) sb.append('+');
      sb.append(s.form());
    }
    return sb.toString();
  }

  /** Segments of the word {@code text[start, end)} with spans into {@code text}. */
  public List<Segment> segment(CharSequence text, int start, int end) {
    String original = text.subSequence(start, end).toString();
    NormalizedText nt = normalizer.normalize(original);
    String w = nt.text();
    int[] cuts = cachedAnalysis(w, hamzaMask(original, nt));
    List<Segment> out = new ArrayList<>(4);
    if (cuts == null) {
      out.add(new Segment(new Span(start, end), w, SegmentKind.STEM));
      return out;
    }
    // cuts: [conjEnd, prepEnd, articleEnd, stemEnd] in normalised offsets; lamLam marks لل
    int conjEnd = cuts[0], prepEnd = cuts[1], artEnd = cuts[2], stemEnd = cuts[3];
    boolean lamLam = cuts[4] == 1;
    int pos = 0;
    if (conjEnd > pos) {
      out.add(seg(nt, start, end, pos, conjEnd, w.substring(pos, conjEnd), SegmentKind.CONJUNCTION));
      pos = conjEnd;
    }
    if (prepEnd > pos) {
      out.add(seg(nt, start, end, pos, prepEnd, w.substring(pos, prepEnd), SegmentKind.PREPOSITION));
      pos = prepEnd;
    }
    if (artEnd > pos) {
      out.add(seg(nt, start, end, pos, artEnd, lamLam ? "ال" : w.substring(pos, artEnd), SegmentKind.ARTICLE));
      pos = artEnd;
    }
    if (stemEnd > pos) out.add(seg(nt, start, end, pos, stemEnd, w.substring(pos, stemEnd), SegmentKind.STEM));
    if (w.length() > stemEnd) out.add(seg(nt, start, end, stemEnd, w.length(), w.substring(stemEnd), SegmentKind.PRONOUN));
    return out;
  }

  private static Segment seg(NormalizedText nt, int base, int end, int from, int to, String form, SegmentKind kind) {
    int a = base + nt.map().toOriginal(from);
    int b = to == nt.text().length() ? end : base + nt.map().toOriginal(to);
    return new Segment(new Span(a, Math.max(a, b)), form, kind);
  }

  /** True when {@code w} (normalised) is a word this segmenter knows and keeps whole. */
  public boolean isKnown(String w) {
    return noSplit.contains(w) || hosts.contains(w) || isKnownWord(w);
  }

  /** A lexicon word, or one plus an inflection ending. */
  private boolean isKnownWord(String w) {
    if (known.contains(w)) return true;
    for (String suf : INFLECTIONS) {
      int stem = w.length() - suf.length();
      if (stem >= MIN_STEM && w.endsWith(suf) && known.contains(w.substring(0, stem))) return true;
    }
    return false;
  }

  /**
   * The stem's range {@code {start, end}} in an already normalised word, or null when the word stays whole. For
   * callers that need no segment objects (the Lucene filter); same analysis as {@link #segment}.
   */
  public int[] stemRange(String normalizedWord) {
    int[] cuts = cachedAnalysis(normalizedWord, 0);
    return cuts == null ? null : new int[] {cuts[2], cuts[3]};
  }

  /** Cheap pre-check on a normalised word: false means it cannot split (no clitic letter at either end). */
  public static boolean mightSplit(CharSequence w) {
    int n = w.length();
    if (n < 2) return false;
    char first = w.charAt(0), last = w.charAt(n - 1);
    return first == 'و' || first == 'ف' || first == 'ب' || first == 'ك' || first == 'ل' || first == 'س' || first == 'ا'
        || last == 'ه' || last == 'ا' || last == 'م' || last == 'ن' || last == 'ي';
  }

  /**
   * Bit k set when normalised letter k (k < 4) was a hamza alef (أ إ آ) in the original: a word starts there, so a
   * preceding ب ل ك س is a clitic (بأهمية، لإبداء، سأكون). Normalisation erases this signal, so it is read here.
   */
  private static int hamzaMask(String original, NormalizedText nt) {
    int mask = 0;
    int n = Math.min(4, nt.text().length());
    for (int k = 1; k < n; k++) {
      if (nt.text().charAt(k) != 'ا') continue;
      int o = nt.map().toOriginal(k);
      char c = o < original.length() ? original.charAt(o) : 0;
      if (c == 'أ' || c == 'إ' || c == 'آ') mask |= 1 << k;
    }
    return mask;
  }

  private int[] cachedAnalysis(String w, int hamzaMask) {
    if (!mightSplit(w)) return null;
    String key = hamzaMask == 0 ? w : w + (char) hamzaMask;
    int[] cuts = cache.get(key);
    if (cuts == null) {
      cuts = analyse(w, hamzaMask);
      if (cuts == null) cuts = WHOLE;
      if (cache.size() >= CACHE_LIMIT) cache.clear();
      cache.put(key, cuts);
    }
    return cuts == WHOLE ? null : cuts;
  }

  /**
   * The best analysis of normalised word w as {conjEnd, prepEnd, articleEnd, stemEnd, lamLam}, or null to keep it whole.
   */
  int[] analyse(String w, int hamzaMask) {
    int n = w.length();
    if (n < 2 || !ArabicChars.isArabicWord(w)) return null;
    if (noSplit.contains(w) || hosts.contains(w) || isKnownWord(w)) return null;
    char first = w.charAt(0), last = w.charAt(n - 1);
    boolean maybePrefix = first == 'و' || first == 'ف' || first == 'ب' || first == 'ك' || first == 'ل' || first == 'س' || first == 'ا';
    boolean maybeSuffix = last == 'ه' || last == 'ا' || last == 'م' || last == 'ن' || last == 'ي';
    if (!maybePrefix && !maybeSuffix) return null;

    int[] best = null;
    int bestScore = 0;
    for (char conj : CONJUNCTIONS) {
      int p0 = 0;
      if (conj != 0) {
        if (w.charAt(0) != conj) continue;
        p0 = 1;
      }
      for (char prep : PREPOSITIONS) {
        int p1 = p0;
        if (prep != 0) {
          if (p0 >= n || w.charAt(p0) != prep) continue;
          p1 = p0 + 1;
        }
        for (int det = 0; det < 2; det++) {
          int p2 = p1;
          boolean lamLam = false;
          if (det == 1) {
            if (prep == 'س') continue;
            if (prep == 'ل') {
              // ل + ال is written لل: the article's alef drops
              if (p1 < n && w.charAt(p1) == 'ل') {
                p2 = p1 + 1;
                lamLam = true;
              } else continue;
            } else {
              if (p1 + 1 < n && w.charAt(p1) == 'ا' && w.charAt(p1 + 1) == 'ل') p2 = p1 + 2;
              else continue;
            }
          }
          for (int e = -1; e < ENCLITICS.length; e++) {
            String enc = e < 0 ? "" : ENCLITICS[e];
            if (e >= 0 && (det == 1 || !w.endsWith(enc))) continue;
            int p3 = n - enc.length();
            if (p3 < p2) continue;
            boolean hamza = (hamzaMask & (1 << p2)) != 0;
            int score = score(w, conj, prep, det == 1, p2, p3, enc, hamza);
            if (score > bestScore) {
              bestScore = score;
              best = new int[] {p0, p1, p2, p3, lamLam ? 1 : 0};
            }
          }
        }
      }
    }
    if (best == null || (best[0] == 0 && best[1] == 0 && best[2] == 0 && best[3] == n)) return null;
    return best;
  }

  /**
   * 0 when the analysis is invalid. A known stem scores 1000 plus ten per stem letter (وكان is و+كان, not و+ك+ان),
   * an unknown one 100; then one point per segment (والحكومة is و+ال+حكومة).
   */
  private int score(String w, char conj, char prep, boolean det, int stemStart, int stemEnd, String enc, boolean hamza) {
    String core = w.substring(stemStart, stemEnd);
    int len = core.length();
    boolean host = hosts.contains(core);
    boolean coreKnown = host || isKnownWord(core);
    int segments = (conj != 0 ? 1 : 0) + (prep != 0 ? 1 : 0) + (det ? 1 : 0) + (len > 0 ? 1 : 0) + (enc.isEmpty() ? 0 : 1);
    if (segments == 1) return 1;
    if (len == 0) {
      // لها، بهم، لي: a preposition carrying only a pronoun
      boolean ok = (prep == 'ب' || prep == 'ل') && !enc.isEmpty() && (!enc.equals("ي") || prep == 'ل') && !det;
      return ok ? 1000 + segments : 0;
    }
    if (det && len < MIN_STEM_AFTER_ARTICLE) return 0;
    boolean proclitic = conj != 0 || prep != 0;
    if (!enc.isEmpty() && !encliticAllowed(core, host, enc, proclitic)) return 0;
    if (prep == 'س') {
      // future marker: only on imperfect verbs (يـ تـ), or أ written with its hamza (سأكون)
      char c = core.charAt(0);
      if (det || len < MIN_STEM || !(c == 'ي' || c == 'ت' || (c == 'ا' && hamza))) return 0;
    } else if (prep != 0 && !det && !coreKnown && !(hamza && len >= MIN_STEM)) {
      char c = core.charAt(0);
      boolean pattern = (prep == 'ل' || prep == 'ب') && len >= MIN_PATTERN_STEM
          && (c == 'ت' || c == 'م' || (prep == 'ل' && (c == 'ي' || c == 'ن')) || nounEnding(core));
      if (!pattern) return 0;
    } else if (conj != 0 && prep == 0 && !det && !coreKnown) {
      if (noSplit.contains(core)) coreKnown = true; // ولم، ولن
      else if (conj == 'ف') return 0; // ف starts many names (فيكتوريا، فينغر): split only before a known word
      else if (len < MIN_STEM || (core.charAt(0) == 'ا' && len < MIN_PATTERN_STEM)) return 0;
    }
    if (!det && !coreKnown && len < MIN_STEM) return 0;
    return (coreKnown ? 1000 + 10 * len : 100) + segments;
  }

  /** Feminine and plural noun endings: after ب or ل such a stem is most likely a noun with a preposition. */
  private static boolean nounEnding(String core) {
    return core.endsWith("ة") || core.endsWith("ات") || core.endsWith("ين") || core.endsWith("ون");
  }

  /** Whether {@code enc} may be an attached pronoun after {@code core}. */
  private boolean encliticAllowed(String core, boolean host, String enc, boolean proclitic) {
    if (host) return !enc.equals("ي") || YEH_HOSTS.contains(core);
    if (enc.equals("ي") || enc.equals("كن") || enc.equals("كما")) return false;
    int len = core.length();
    char last = core.charAt(len - 1);
    if (len < MIN_STEM || last == 'ا' || (enc.equals("نا") && last == 'و')) return false;
    // ه ends many roots (يوجه، تشبه): on short cores only after the feminine ت (سنته)
    // (a proclitic before a three-letter stem makes a pronoun likely: وقلبه، وضعفه)
    if (enc.equals("ه") && len < MIN_PATTERN_STEM && last != 'ت' && !proclitic) return false;
    if (enc.equals("ه") && core.endsWith("الل")) return false; // نصرالله، عبدالله
    return !isKnownWord(core + enc);
  }
}
