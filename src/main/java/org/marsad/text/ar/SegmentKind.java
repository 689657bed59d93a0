package org.marsad.text.ar;

/** The role of a {@link Segment} in its word. */
public enum SegmentKind {
  /** و ف: conjunctions. */
  CONJUNCTION,
  /** ب ك ل: prepositions; س: future marker. */
  PREPOSITION,
  /** ال: the article (also the second ل of لل). */
  ARTICLE,
  /** The stem or the whole unsplit word. */
  STEM,
  /** ه ها هم هما كم كما كن نا ي: attached pronouns. */
  PRONOUN
}
