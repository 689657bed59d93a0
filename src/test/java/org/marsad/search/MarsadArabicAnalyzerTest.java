package org.marsad.search;

import static org.apache.lucene.tests.analysis.BaseTokenStreamTestCase.assertTokenStreamContents;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.junit.jupiter.api.Test;

/**
 * The Lucene test framework's checks run here under JUnit 5: {@code assertTokenStreamContents} needs no runner;
 * {@code checkRandomData} is called with an explicit Random.
 */
class MarsadArabicAnalyzerTest {
  @Test
  void stemsWithOffsets() throws IOException {
    try (Analyzer a = new MarsadArabicAnalyzer()) {
      String text = "وبلينكن في بالرياض، للشيخ والسعودية.";
      assertTokenStreamContents(a.tokenStream("f", text),
          new String[] {"بلينكن", "في", "رياض", "شيخ", "سعودية"},
          new int[] {1, 8, 14, 22, 29},
          new int[] {7, 10, 18, 25, 35},
          text.length());
    }
  }

  @Test
  void keepCliticsGivesEverySegmentAPosition() throws IOException {
    try (Analyzer a = new MarsadArabicAnalyzer(false, true)) {
      String text = "للشيخ";
      assertTokenStreamContents(a.tokenStream("f", text),
          new String[] {"ل", "ال", "شيخ"}, new int[] {0, 1, 2}, new int[] {1, 2, 5}, new int[] {1, 1, 1});
    }
  }

  @Test
  void gluedCliticLeavesTheNumber() throws IOException {
    try (Analyzer a = new MarsadArabicAnalyzer()) {
      String text = "الدول الـ 82 فاز بـ٤٣٦";
      assertTokenStreamContents(a.tokenStream("f", text),
          new String[] {"دول", "82", "فاز", "436"}, new int[] {2, 10, 13, 19}, new int[] {5, 12, 16, 22});
    }
  }

  @Test
  void normalisesAndLowercases() throws IOException {
    try (Analyzer a = new MarsadArabicAnalyzer()) {
      assertTokenStreamContents(a.tokenStream("f", "أَحْمَد Biden"), new String[] {"احمد", "biden"});
    }
  }

  @Test
  void optionalLuceneStemmer() throws IOException {
    try (Analyzer a = new MarsadArabicAnalyzer(true)) {
      assertTokenStreamContents(a.tokenStream("f", "المدرسات"), new String[] {"مدرس"});
    }
  }

  @Test
  void droppedCliticOnlyTokensKeepPositions() throws IOException {
    try (Analyzer a = new MarsadArabicAnalyzer()) {
      assertTokenStreamContents(a.tokenStream("f", "قال لها الوزير"), new String[] {"قال", "وزير"},
          new int[] {0, 10}, new int[] {3, 14}, new int[] {1, 2});
    }
  }

  /** Lucene's random-text check: offsets never go back or past the end, reset/close contract, threads. */
  @Test
  void luceneRandomData() throws IOException {
    try (Analyzer a = new MarsadArabicAnalyzer(); Analyzer b = new MarsadArabicAnalyzer(true, true)) {
      BaseTokenStreamTestCase.checkRandomData(new Random(42), a, 300);
      BaseTokenStreamTestCase.checkRandomData(new Random(7), b, 300);
    }
  }

  /** Our own random check on Arabic-heavy text (the framework's random strings are mostly not Arabic). */
  @Test
  void randomArabicOffsetsMonotoneAndInBounds() throws IOException {
    Random r = new Random(1234);
    String alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآئؤ ــًٌٍَُِّْ٠١٢٣،؟«» abc123.,#@\u200F\u200E\uFEFB";
    try (Analyzer a = new MarsadArabicAnalyzer(false, true)) {
      for (int iter = 0; iter < 2000; iter++) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(60);
        for (int k = 0; k < n; k++) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        String text = sb.toString();
        try (TokenStream ts = a.tokenStream("f", new StringReader(text))) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
          PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
          ts.reset();
          int lastStart = 0;
          while (ts.incrementToken()) {
            assertThat(term.length()).as(text).isPositive();
            assertThat(off.startOffset()).as(text).isGreaterThanOrEqualTo(lastStart).isLessThanOrEqualTo(off.endOffset());
            assertThat(off.endOffset()).as(text).isLessThanOrEqualTo(text.length());
            assertThat(pos.getPositionIncrement()).isPositive();
            lastStart = off.startOffset();
          }
          ts.end();
          assertThat(off.endOffset()).isEqualTo(text.length());
        }
      }
    }
  }
}
