package org.marsad.stages.extract.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes NewsFANE look like ordinary news for training: NewsFANE writes the conjunction و as its own token, news
 * attaches it and other proclitics (وبيروت، بالرياض، للسعودية). This glues a standalone و onto the next word
 * (which keeps its tag), and attaches و/ب/ل/ال to some words, so the tagger sees clitic-laden forms.
 */
final class CliticAugmenter {
  private static final String WAW = "\u0648";
  private static final String[] PROCLITICS = {"\u0648", "\u0648", "\u0628", "\u0644", "\u0648\u0628", "\u0641"};
  private static final String AL = "\u0627\u0644";

  private final double mergeWaw;
  private final double attach;

  /**
   * @param mergeWaw probability of gluing a standalone و (tagged O) onto the next word
   * @param attach probability of attaching a proclitic to a word that starts an entity or is outside one
   */
  CliticAugmenter(double mergeWaw, double attach) {
    this.mergeWaw = mergeWaw;
    this.attach = attach;
  }

  NerSentence augment(NerSentence s, RandomGenerator random) {
    String[] tok = s.tokens();
    String[] tag = s.tags();
    List<String> outTok = new ArrayList<>(tok.length);
    List<String> outTag = new ArrayList<>(tok.length);
    for (int i = 0; i < tok.length; i++) {
      String t = tok[i];
      String g = tag[i];
      if (t.equals(WAW) && g.equals("O") && i + 1 < tok.length && startsArabic(tok[i + 1])
          && !tag[i + 1].startsWith("I-") && random.nextDouble() < mergeWaw) {
        outTok.add(WAW + tok[i + 1]);
        outTag.add(tag[i + 1]);
        i++;
        continue;
      }
      if (!g.startsWith("I-") && t.length() >= 2 && startsArabic(t) && random.nextDouble() < attach) {
        t = attach(t, g, random);
      }
      outTok.add(t);
      outTag.add(g);
    }
    return new NerSentence(outTok.toArray(String[]::new), outTag.toArray(String[]::new));
  }

  private static String attach(String word, String tag, RandomGenerator random) {
    boolean definite = ArabicForms.normalize(word).startsWith(AL);
    if (tag.equals("O") && !definite && random.nextInt(4) == 0) return AL + word;
    String p = PROCLITICS[random.nextInt(PROCLITICS.length)];
    if (definite && p.endsWith("\u0644")) return p + word.substring(1); // ل + ال → لل
    return p + word;
  }

  private static boolean startsArabic(String w) {
    return !w.isEmpty() && ArabicForms.isArabicLetter(w.charAt(0));
  }
}
