package org.marsad.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.stages.brief.ArabicTerms;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (Lin 2004) of a candidate summary against one reference, over Arabic-normalised
 * tokens ({@link ArabicTerms#words}: the standard normaliser, ة as ه, Latin lower-cased, punctuation dropped;
 * optionally clitics cut, which is the only stemming offered). ROUGE-N counts clipped n-gram matches; ROUGE-L is the
 * longest common subsequence of the two token sequences taken whole (not the summary-level union LCS). F is the
 * balanced F1. An empty side gives 0, never NaN. Pure.
 */
public final class Rouge {
  private Rouge() {}

  /** Precision, recall and F1 of one measure. */
  public record Prf(double precision, double recall, double f) {
    static final Prf ZERO = new Prf(0, 0, 0);

    static Prf of(double matches, int candidateCount, int referenceCount) {
      double p = candidateCount == 0 ? 0 : matches / candidateCount;
      double r = referenceCount == 0 ? 0 : matches / referenceCount;
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** The three measures of one candidate. */
  public record Scores(Prf rouge1, Prf rouge2, Prf rougeL) {}

  /** The tokens ROUGE compares: Arabic-normalised words, clitics cut when {@code stem}. */
  public static List<String> tokens(String text, boolean stem) {
    return ArabicTerms.standard().words(text, stem);
  }

  public static Scores score(List<String> candidate, List<String> reference) {
    return new Scores(rougeN(candidate, reference, 1), rougeN(candidate, reference, 2), rougeL(candidate, reference));
  }

  /** Clipped n-gram overlap: each reference n-gram matches at most as often as it occurs there. */
  public static Prf rougeN(List<String> candidate, List<String> reference, int n) {
    if (n < 1) throw new IllegalArgumentException("n " + n);
    int cn = Math.max(0, candidate.size() - n + 1), rn = Math.max(0, reference.size() - n + 1);
    if (cn == 0 || rn == 0) return Prf.ZERO;
    Map<String, Integer> ref = grams(reference, n);
    int matches = 0;
    for (int i = 0; i + n <= candidate.size(); i++) {
      String g = gram(candidate, i, n);
      Integer left = ref.get(g);
      if (left != null && left > 0) {
        matches++;
        ref.put(g, left - 1);
      }
    }
    return Prf.of(matches, cn, rn);
  }

  /** LCS-based ROUGE-L. */
  public static Prf rougeL(List<String> candidate, List<String> reference) {
    if (candidate.isEmpty() || reference.isEmpty()) return Prf.ZERO;
    return Prf.of(lcs(candidate, reference), candidate.size(), reference.size());
  }

  /** Length of the longest common subsequence; two rolling rows. */
  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1], cur = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      String x = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  private static Map<String, Integer> grams(List<String> tokens, int n) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) m.merge(gram(tokens, i, n), 1, Integer::sum);
    return m;
  }

  private static String gram(List<String> tokens, int from, int n) {
    if (n == 1) return tokens.get(from);
    StringBuilder sb = new StringBuilder(tokens.get(from));
    for (int k = 1; k < n; k++) sb.append('\u0001').append(tokens.get(from + k));
    return sb.toString();
  }
}
