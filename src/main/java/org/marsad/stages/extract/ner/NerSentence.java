package org.marsad.stages.extract.ner;

import java.util.Objects;

/** One tokenised sentence with its coarse BIO tags (same length). */
record NerSentence(String[] tokens, String[] tags) {
  NerSentence {
    Objects.requireNonNull(tokens);
    Objects.requireNonNull(tags);
    if (tokens.length != tags.length) throw new IllegalArgumentException("tokens and tags differ in length");
  }
}
