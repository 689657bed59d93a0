package org.marsad.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.marsad.search.MarsadArabicAnalyzer;

/**
 * The Arabic analysis ask uses, the same chain as search ({@link MarsadArabicAnalyzer}): stemmed terms to match
 * content words (المصابين ↔ مصاب), unstemmed terms to match names (stems would merge unrelated names). Lucene
 * analyzers reuse their components per thread, so one instance serves every thread.
 */
final class TermAnalysis {
  static final TermAnalysis INSTANCE = new TermAnalysis();

  private final Analyzer stemmed = new MarsadArabicAnalyzer(true);
  private final Analyzer plain = new MarsadArabicAnalyzer(false);

  private TermAnalysis() {}

  /** A term with its offsets into the analysed text. */
  record Term(String term, int start, int end) {}

  /** Stemmed content terms of a text, in order (single letters dropped: they are clitics or noise). */
  List<String> stems(String text) {
    List<String> out = new ArrayList<>();
    run(stemmed, text, (t, s, e) -> out.add(foldTanween(t)));
    return out;
  }

  /** Stemmed terms with their offsets into {@code text}. */
  List<Term> stemsWithOffsets(String text) {
    List<Term> out = new ArrayList<>();
    run(stemmed, text, (t, s, e) -> out.add(new Term(foldTanween(t), s, e)));
    return out;
  }

  /**
   * The alef that carries an accusative tanween (مصاباً → مصابا once the diacritic is gone) is not part of the word
   * the stemmer knows: "مصابا" and "مصاب" are one term. Applied to corpus and question alike, so a word that really
   * ends in alef (سوريا) only loses it on both sides.
   */
  static String foldTanween(String stem) {
    return stem.length() >= 4 && stem.charAt(stem.length() - 1) == 'ا' ? stem.substring(0, stem.length() - 1) : stem;
  }

  /** Unstemmed terms: the form names are matched in. */
  List<String> nameTerms(String text) {
    List<String> out = new ArrayList<>();
    run(plain, text, (t, s, e) -> out.add(t));
    return out;
  }

  /** Unstemmed terms with offsets. */
  List<Term> nameTermsWithOffsets(String text) {
    List<Term> out = new ArrayList<>();
    run(plain, text, (t, s, e) -> out.add(new Term(t, s, e)));
    return out;
  }

  /** The key a name is matched by: its unstemmed terms joined by a space. */
  String nameKey(String name) {
    return String.join(" ", nameTerms(name));
  }

  private interface Sink {
    void accept(String term, int start, int end);
  }

  private static void run(Analyzer analyzer, String text, Sink sink) {
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() > 1) sink.accept(term.toString(), offset.startOffset(), offset.endOffset());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
  }
}
