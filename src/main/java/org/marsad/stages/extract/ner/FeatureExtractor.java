package org.marsad.stages.extract.ner;

import java.util.function.Function;

/**
 * Turns a sentence into hashed feature ids, {@link #PER_TOKEN} per token in one flat {@code int[]}: feature
 * hashing into {@code 2^bits} buckets, no feature strings are built. Words are normalised and stripped of glued-on
 * punctuation (shape still sees it).
 *
 * <p>Templates are grouped by which single word they read, so a tagger can sum a word type's weights once and
 * reuse them ({@link WordScores}): the word itself ({@link #SELF}: bias, forms, affixes, shape, trigger type, the
 * proclitics removed, word classes, frequency); the word one, two and three before it ({@link #LEFT1}, {@link #LEFT2},
 * {@link #LEFT3}) and one and two after it ({@link #RIGHT1}, {@link #RIGHT2}): forms, suffix, trigger type and word
 * classes. Only {@link #PAIR} templates read two words or the sentence: stem bigrams, fine-class bigrams and gazetteer
 * marks at −1, 0, +1. Per Viterbi edge, the stem and the previous word are each conjoined with the previous tag.
 * Immutable and thread-safe.
 */
final class FeatureExtractor {
  static final int SELF = 29;
  static final int LEFT1 = 9;
  static final int LEFT2 = 5;
  static final int LEFT3 = 1;
  static final int RIGHT1 = 9;
  static final int RIGHT2 = 4;
  static final int PAIR = 7;
  static final int PER_TOKEN = SELF + LEFT1 + LEFT2 + LEFT3 + RIGHT1 + RIGHT2 + PAIR;
  /**
   * Templates also conjoined with the previous tag (stem; previous word), scored on each Viterbi edge. Stored after
   * the {@code n * PER_TOKEN} emission ids as unfinished hash states; {@link #edgeBucket} finishes them per tag.
   */
  static final int EDGE_PER_TOKEN = 2;
  /** Bumped whenever templates change, so an old model file is refused instead of silently mis-read. */
  static final int VERSION = 7;

  /** A position outside the sentence, for trigger, class and gazetteer templates. */
  private static final int OUTSIDE = -2;
  private static final String NO_CLITIC = "";

  /**
   * One token type analysed once: its forms and the ids of every template that reads only this word, in each role
   * it can play for a neighbour. Immutable.
   */
  record Word(String norm, String stem, int stemKey, String[] forms, int fine, int[] self, int[] left1, int[] left2, int[] left3,
      int[] right1, int[] right2, int[] edgeSelf, int edgeLeft) {
    private static final int[] NONE = {};

    /** This word without its template ids: what a cache that already summed them needs to keep. */
    Word withoutIds() {
      return new Word(norm, stem, stemKey, forms, fine, NONE, NONE, NONE, NONE, NONE, NONE, NONE, edgeLeft);
    }
  }

  private final Lexicons lexicons;
  private final WordClasses classes;
  private final int bits;
  private final Word bos;
  private final Word eos;

  FeatureExtractor(Lexicons lexicons, WordClasses classes, int bits) {
    if (bits < 10 || bits > 26) throw new IllegalArgumentException("hash bits out of range: " + bits);
    this.lexicons = lexicons;
    this.classes = classes;
    this.bits = bits;
    this.bos = sentinel("<s>");
    this.eos = sentinel("</s>");
  }

  int bits() {
    return bits;
  }

  Word bos() {
    return bos;
  }

  Word eos() {
    return eos;
  }

  /** Analyses one token (null is empty). */
  Word analyse(String token) {
    String full = ArabicForms.normalize(token == null ? "" : token);
    String norm = ArabicForms.trimPunctuation(full);
    String[] forms = ArabicForms.lookupForms(norm);
    return word(norm, ArabicForms.stripConjunction(norm), ArabicForms.stem(norm), forms, shape(full),
        lexicons.trigger(forms), lexicons.demonym(forms), classes.lookup(forms));
  }

  private Word sentinel(String mark) {
    return word(mark, mark, mark, new String[] {mark}, OUTSIDE, OUTSIDE, OUTSIDE, WordClasses.pack(0xfff, 0xfff, 0x7f, 0x3f, 0x7, 0x3f));
  }

  private Word word(String w, String conj, String s, String[] forms, int shape, int trig, int demonym, long packed) {
    int coarse = WordClasses.coarse(packed);
    int morph = morphClass(w, s);
    int fine = WordClasses.fine(packed);
    int k = 1;
    int[] self = {
        hashInt(k++, 0),
        hash(k++, w),
        hash(k++, s),
        hash(k++, conj),
        hashPrefix(k++, w, 1),
        hashPrefix(k++, w, 2),
        hashPrefix(k++, w, 3),
        hashSuffix(k++, w, 1),
        hashSuffix(k++, w, 2),
        hashSuffix(k++, w, 3),
        hashSuffix(k++, s, 2),
        hashSuffix(k++, s, 3),
        hashInt(k++, shape),
        hashInt(k++, trig),
        w.length() - s.length() <= 0 ? hash(k++, NO_CLITIC) : hashPrefix(k++, w, w.length() - s.length()),
        hashPrefix(k++, s, 1),
        hashPrefix(k++, s, 2),
        hashPrefix(k++, s, 3),
        hashInt(k++, coarse),
        hashInt(k++, fine),
        hashInt(k++, WordClasses.frequencyBucket(packed)),
        hashInt(k++, fine < 0 ? trig : 100 + trig), // an unknown word after a title is a name more often than a known one
        hashInt(k++, WordClasses.afterTrigger(packed)),
        hashInt(k++, WordClasses.definite(packed)),
        hashInt(k++, WordClasses.cues(packed)),
        hashInt(k++, demonym),
        hashInt(k++, morph),
        hashSuffix(k++, s, 4),
        hashPrefix(k++, s, 4),
    };
    k = 40;
    int[] left1 = {hash(k++, w), hash(k++, s), hashSuffix(k++, w, 2), hashInt(k++, trig), hashInt(k++, coarse), hashInt(k++, fine),
        hashInt(k++, WordClasses.afterTrigger(packed)), hashInt(k++, demonym), hashInt(k++, morph)};
    k = 50;
    int[] left2 = {hash(k++, w), hash(k++, s), hashInt(k++, trig), hashInt(k++, coarse), hashInt(k++, morph)};
    k = 60;
    int[] left3 = {hashInt(k++, trig)};
    k = 70;
    int[] right1 = {hash(k++, w), hash(k++, s), hashSuffix(k++, w, 2), hashInt(k++, trig), hashInt(k++, coarse), hashInt(k++, fine),
        hashInt(k++, WordClasses.afterTrigger(packed)), hashInt(k++, demonym), hashInt(k++, morph)};
    k = 80;
    int[] right2 = {hash(k++, w), hash(k++, s), hashInt(k++, coarse), hashInt(k++, morph)};
    assert self.length == SELF && left1.length == LEFT1 && left2.length == LEFT2 && left3.length == LEFT3
        && right1.length == RIGHT1 && right2.length == RIGHT2;
    return new Word(w, s, fmix32(state(0, s)), forms, fine, self, left1, left2, left3, right1, right2,
        new int[] {state(101, s)}, state(102, w));
  }

  /** Analyses every token, through {@code lookup} (a cache) when given. */
  Word[] words(String[] tokens, Function<String, Word> lookup) {
    Word[] out = new Word[tokens.length];
    for (int i = 0; i < tokens.length; i++) out[i] = lookup != null ? lookup.apply(tokens[i] == null ? "" : tokens[i]) : analyse(tokens[i]);
    return out;
  }

  /** Gazetteer mark per token (see {@link Lexicons#mark}). */
  int[] gazetteer(Word[] words) {
    int n = words.length;
    String[][] forms = new String[n][];
    String[] norm = new String[n];
    for (int i = 0; i < n; i++) {
      forms[i] = words[i].forms();
      norm[i] = words[i].norm();
    }
    return lexicons.mark(forms, norm);
  }

  /** The {@link #PAIR} template ids of token i, written at {@code out[off..off + PAIR)}. */
  void pairIds(Word[] words, int[] gaz, int i, int[] out, int off) {
    int n = words.length;
    Word prev = i > 0 ? words[i - 1] : bos;
    Word next = i + 1 < n ? words[i + 1] : eos;
    Word cur = words[i];
    int k = 90;
    out[off] = hashPair(k++, prev.stemKey(), cur.stemKey());
    out[off + 1] = hashPair(k++, cur.stemKey(), next.stemKey());
    out[off + 2] = hashInt(k++, gaz[i]);
    out[off + 3] = hashInt(k++, i > 0 ? gaz[i - 1] : OUTSIDE);
    out[off + 4] = hashInt(k++, i + 1 < n ? gaz[i + 1] : OUTSIDE);
    out[off + 5] = hashPair(k++, prev.fine(), cur.fine());
    out[off + 6] = hashPair(k++, cur.fine(), next.fine());
  }

  /** Feature ids (bucket numbers) of every token, token i's at {@code [i * PER_TOKEN, (i + 1) * PER_TOKEN)}. */
  int[] extract(String[] tokens) {
    return extract(tokens, null);
  }

  int[] extract(String[] tokens, Function<String, Word> lookup) {
    Word[] words = words(tokens, lookup);
    int n = words.length;
    int[] gaz = gazetteer(words);
    int[] out = new int[n * (PER_TOKEN + EDGE_PER_TOKEN)];
    int edges = n * PER_TOKEN;
    for (int i = 0; i < n; i++) {
      int o = i * PER_TOKEN;
      o = copy(words[i].self(), out, o);
      o = copy(at(words, i - 1).left1(), out, o);
      o = copy(at(words, i - 2).left2(), out, o);
      o = copy(at(words, i - 3).left3(), out, o);
      o = copy(at(words, i + 1).right1(), out, o);
      o = copy(at(words, i + 2).right2(), out, o);
      pairIds(words, gaz, i, out, o);
      out[edges + i * EDGE_PER_TOKEN] = words[i].edgeSelf()[0];
      out[edges + i * EDGE_PER_TOKEN + 1] = at(words, i - 1).edgeLeft();
    }
    return out;
  }

  private Word at(Word[] words, int i) {
    return i < 0 ? bos : i >= words.length ? eos : words[i];
  }

  private static int copy(int[] ids, int[] out, int o) {
    System.arraycopy(ids, 0, out, o, ids.length);
    return o + ids.length;
  }

  /**
   * Whether the word takes ال and how it ends (ي، ية، ين/ون، ات): a definite relative adjective (المركزي، الوطنية)
   * continues an organisation or a place far more often than it starts a name.
   */
  static int morphClass(String word, String stem) {
    int article = word.length() - stem.length() - 2; // ال, or لل (ل + ال with its alef elided), just before the stem
    boolean definite = article >= 0 && word.charAt(article + 1) == '\u0644'
        && (word.charAt(article) == '\u0627' || word.charAt(article) == '\u0644');
    int ending = stem.endsWith("\u064A\u0629") ? 1 : stem.endsWith("\u064A") ? 2 : stem.endsWith("\u064A\u0646") || stem.endsWith("\u0648\u0646") ? 3
        : stem.endsWith("\u0627\u062A") ? 4 : 0;
    return (definite ? 8 : 0) | ending;
  }

  /** Shape bits: Arabic letter, Latin letter, digit, other; all digits; length bucket. */
  static int shape(String w) {
    int bitsSeen = 0;
    int digits = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (ArabicForms.isArabicLetter(c)) bitsSeen |= 1;
      else if (c < 0x250 && Character.isLetter(c)) bitsSeen |= 2;
      else if (c >= '0' && c <= '9') {
        bitsSeen |= 4;
        digits++;
      } else bitsSeen |= 8;
    }
    int len = w.length();
    int bucket = len <= 3 ? len : len <= 5 ? 4 : len <= 8 ? 5 : 6;
    return bitsSeen | (digits == len && len > 0 ? 16 : 0) | bucket << 5;
  }

  // FNV-1a over the template id and chars, finished with murmur3's fmix32 so the top bits are well mixed.
  private int finish(int h) {
    return fmix32(h) >>> (32 - bits);
  }

  private static int fmix32(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static int start(int template) {
    return (0x811c9dc5 ^ template) * 0x01000193;
  }

  private static int mix(int h, char c) {
    return (h ^ c) * 0x01000193;
  }

  private static int state(int template, String s) {
    int h = start(template);
    for (int i = 0; i < s.length(); i++) h = mix(h, s.charAt(i));
    return h;
  }

  /** Bucket of an edge template state conjoined with the previous tag ({@code -1} at sentence start). */
  static int edgeBucket(int state, int prevTag, int bits) {
    return fmix32((state ^ (prevTag + 2)) * 0x01000193) >>> (32 - bits);
  }

  private int hash(int template, String s) {
    return finish(state(template, s));
  }

  /** Two words' 32-bit keys under one template: O(1) per token, since each key was computed once per word type. */
  private int hashPair(int template, int a, int b) {
    int h = start(template);
    h = (h ^ a) * 0x01000193;
    h = fmix32(h ^ b);
    return finish(h);
  }

  private int hashPrefix(int template, String s, int len) {
    int h = start(template);
    int end = Math.min(len, s.length());
    for (int i = 0; i < end; i++) h = mix(h, s.charAt(i));
    if (s.length() < len) h = mix(h, '\u0002'); // "shorter than len" differs from a true prefix
    return finish(h);
  }

  private int hashSuffix(int template, String s, int len) {
    int h = start(template);
    for (int i = Math.max(0, s.length() - len); i < s.length(); i++) h = mix(h, s.charAt(i));
    if (s.length() < len) h = mix(h, '\u0002');
    return finish(h);
  }

  private int hashInt(int template, int v) {
    int h = start(template);
    h = (h ^ (v & 0xffff)) * 0x01000193;
    h = (h ^ (v >>> 16)) * 0x01000193;
    return finish(h);
  }
}
