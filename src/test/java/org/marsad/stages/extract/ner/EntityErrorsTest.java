package org.marsad.stages.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each gold entity falls in exactly one error class; predictions overlapping no gold entity are spurious. */
class EntityErrorsTest {
  private static EntityErrors of(String[] gold, String[] predicted) {
    EntityErrors e = new EntityErrors();
    e.add(gold, predicted);
    return e;
  }

  @Test
  void sameSpanAndTypeIsCorrect() {
    EntityErrors e = of(new String[] {"B-PER", "I-PER", "O"}, new String[] {"B-PER", "I-PER", "O"});
    assertThat(e.count("PER", EntityErrors.Kind.CORRECT)).isEqualTo(1);
  }

  @Test
  void sameSpanOtherTypeIsATypeError() {
    EntityErrors e = of(new String[] {"B-ORG", "I-ORG"}, new String[] {"B-LOC", "I-LOC"});
    assertThat(e.count("ORG", EntityErrors.Kind.TYPE)).isEqualTo(1);
    assertThat(e.count("LOC", EntityErrors.Kind.SPURIOUS)).isZero();
  }

  @Test
  void overlapOfTheRightTypeIsABoundaryError() {
    EntityErrors e = of(new String[] {"B-PER", "I-PER", "I-PER"}, new String[] {"B-PER", "I-PER", "O"});
    assertThat(e.count("PER", EntityErrors.Kind.BOUNDARY)).isEqualTo(1);
  }

  @Test
  void overlapOfAnotherTypeOnlyIsABoundaryAndTypeError() {
    EntityErrors e = of(new String[] {"B-ORG", "I-ORG", "I-ORG"}, new String[] {"O", "B-LOC", "O"});
    assertThat(e.count("ORG", EntityErrors.Kind.BOUNDARY_TYPE)).isEqualTo(1);
  }

  @Test
  void noOverlapIsMissedAndAPredictionOverNothingIsSpurious() {
    EntityErrors e = of(new String[] {"B-LOC", "O", "O"}, new String[] {"O", "O", "B-PER"});
    assertThat(e.count("LOC", EntityErrors.Kind.MISSED)).isEqualTo(1);
    assertThat(e.count("PER", EntityErrors.Kind.SPURIOUS)).isEqualTo(1);
  }

  @Test
  void reportHasARowPerType() {
    String report = of(new String[] {"B-MISC"}, new String[] {"B-MISC"}).report();
    assertThat(report).contains("boundary_type").contains("MISC");
  }
}
