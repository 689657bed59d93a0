package org.marsad.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ar.Normalizer;

/** Hands each term buffer to the pure {@link Normalizer}; offsets stay those of the original token. */
public final class MarsadArabicNormalizationFilter extends TokenFilter {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final Normalizer normalizer;
  private final Normalizer.Output out = new Normalizer.Output(false);

  public MarsadArabicNormalizationFilter(TokenStream input, Normalizer normalizer) {
    super(input);
    this.normalizer = normalizer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (!Normalizer.needsWork(termAtt.buffer(), 0, termAtt.length())) return true;
    normalizer.normalize(termAtt.buffer(), 0, termAtt.length(), out);
    termAtt.copyBuffer(out.chars(), 0, out.length());
    return true;
  }
}
