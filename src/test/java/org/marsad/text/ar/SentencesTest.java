package org.marsad.text.ar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class SentencesTest {
  @Test
  void splitsAtArabicAndLatinMarksKeepingSpansIntoTheText() {
    String text = "افتتح الوزير المعرض. هل زاره أحد؟ نعم! كثيرون";
    List<Span> s = Sentences.split(text, List.of(new Span(0, text.length())));
    assertThat(s).extracting(x -> x.of(text).strip()).containsExactly("افتتح الوزير المعرض.", "هل زاره أحد؟", "نعم!", "كثيرون");
  }

  @Test
  void eachParagraphEndsItsLastSentence() {
    String text = "فقرة أولى بلا نقطة\nفقرة ثانية.";
    List<Span> s = Sentences.split(text, List.of(new Span(0, 18), new Span(19, text.length())));
    assertThat(s).extracting(x -> x.of(text)).containsExactly("فقرة أولى بلا نقطة", "فقرة ثانية.");
  }
}
