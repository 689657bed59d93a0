package org.marsad.stages.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Metadata;
import org.marsad.model.Span;

/** Random pages of Arabic, Latin, digits, harakat, punctuation and odd spaces: no exception, spans ordered and in bounds. */
class RandomTextTest {
  private static final String ALPHABET = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةىئؤ"
      + "\u064B\u064E\u0650\u0651\u0640abcXYZ0123456789٠١٢٣٤٥.,:;!?؟،()«»\"-–—_/@|* \u00A0\u200F\n\n\r\t";

  @Test
  void randomPagesNeverBreakTheCleaner() {
    Random rnd = new Random(20240611L);
    PageCleaner cleaner = new PageCleaner();
    for (int i = 0; i < 3000; i++) {
      int n = rnd.nextInt(600);
      StringBuilder sb = new StringBuilder(n);
      for (int k = 0; k < n; k++) sb.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
      String text = sb.toString();
      Metadata hints = rnd.nextBoolean() ? null : Metadata.EMPTY.withTitle(text.substring(0, Math.min(20, text.length())));
      CleanResult r = cleaner.clean(text, hints, rnd.nextBoolean() ? null : java.time.LocalDate.of(2024, 1, 1));
      int last = 0;
      for (Span s : r.body()) {
        assertThat(s.start()).isGreaterThanOrEqualTo(last);
        assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
        last = s.end();
      }
    }
  }
}
