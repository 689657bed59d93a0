package org.marsad.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.marsad.text.ar.ArabicChars;
import org.marsad.text.ar.CliticSegmenter;
import org.marsad.text.ar.Segment;
import org.marsad.text.ar.TokenType;

/**
 * Splits normalised Arabic terms with the pure {@link CliticSegmenter}. By default only the stem is kept (وبالحكومة →
 * حكومة); with {@code keepClitics} every segment becomes a token at its own position. A clitic glued to a number or
 * Latin word by tatweel (بـ436، الـ 82) leaves the number. Segment offsets are exact when normalisation kept the
 * token's length, else the whole token's.
 */
public final class MarsadCliticSplitFilter extends TokenFilter {
  private static final String ARABIC = MarsadArabicTokenizer.typeName(TokenType.ARABIC);
  private static final String MIXED = MarsadArabicTokenizer.typeName(TokenType.MIXED);

  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final CliticSegmenter segmenter;
  private final boolean keepClitics;

  /** Per-stream cache of stem ranges keyed on the term chars: no String per token on a hit. */
  private final CharArrayMap<int[]> stemCache = new CharArrayMap<>(1024, false);
  private static final int STEM_CACHE_LIMIT = 100_000;
  private static final int[] WHOLE = new int[0];

  private List<Segment> pending;
  private int next;
  private int tokenStart, tokenEnd;
  private boolean exactOffsets;
  /** Positions of dropped tokens (لها), added to the next token's increment as StopFilter does. */
  private int skippedPositions;

  public MarsadCliticSplitFilter(TokenStream input, CliticSegmenter segmenter, boolean keepClitics) {
    super(input);
    this.segmenter = segmenter;
    this.keepClitics = keepClitics;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      if (next < pending.size()) {
        clearAttributes();
        emit(pending.get(next++), 1);
        return true;
      }
      pending = null;
    }
    while (input.incrementToken()) {
      if (skippedPositions > 0) {
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
        skippedPositions = 0;
      }
      String type = typeAtt.type();
      if (type.equals(MIXED)) {
        stripGluedClitic();
        return true;
      }
      if (!type.equals(ARABIC) || !CliticSegmenter.mightSplit(termAtt)) return true;
      tokenStart = offsetAtt.startOffset();
      tokenEnd = offsetAtt.endOffset();
      int termLength = termAtt.length();
      exactOffsets = tokenEnd - tokenStart == termLength;
      int posInc = posIncAtt.getPositionIncrement();
      if (!keepClitics) {
        // fast path: no segment objects, just the stem's range, cached on the term chars
        int[] stem = stemCache.get(termAtt.buffer(), 0, termLength);
        if (stem == null) {
          String key = termAtt.toString();
          stem = segmenter.stemRange(key);
          if (stem == null) stem = WHOLE;
          if (stemCache.size() >= STEM_CACHE_LIMIT) stemCache.clear();
          stemCache.put(key, stem);
        }
        if (stem == WHOLE) return true;
        if (stem[1] <= stem[0]) {
          skippedPositions += posInc; // لها: clitics only, nothing to index
          continue;
        }
        System.arraycopy(termAtt.buffer(), stem[0], termAtt.buffer(), 0, stem[1] - stem[0]);
        termAtt.setLength(stem[1] - stem[0]);
        if (exactOffsets) offsetAtt.setOffset(tokenStart + stem[0], tokenStart + stem[1]);
        typeAtt.setType(ARABIC);
        return true;
      }
      String term = termAtt.toString();
      List<Segment> segs = segmenter.segment(term, 0, term.length());
      if (segs.size() == 1) return true;
      pending = segs;
      next = 1;
      emit(segs.get(0), posInc);
      return true;
    }
    return false;
  }

  private void emit(Segment s, int posInc) {
    termAtt.setEmpty().append(s.form());
    if (exactOffsets) offsetAtt.setOffset(tokenStart + s.span().start(), tokenStart + s.span().end());
    else offsetAtt.setOffset(tokenStart, tokenEnd);
    posIncAtt.setPositionIncrement(posInc);
    typeAtt.setType(ARABIC);
  }

  /** بـ436 → 436: the digits or Latin letters after Arabic letters, tatweel and a space keep their own offsets. */
  private void stripGluedClitic() {
    char[] b = termAtt.buffer();
    int len = termAtt.length();
    int i = 0;
    while (i < len && (ArabicChars.isLetter(b[i]) || b[i] == ' ' || b[i] == '\u00A0' || ArabicChars.isWordInternal(b[i]))) i++;
    if (i == 0 || i == len) return;
    int tail = len - i;
    int end = offsetAtt.endOffset();
    // the tail (digits, Latin) keeps its length through normalisation, so it ends where the token ends
    int start = Math.max(offsetAtt.startOffset(), end - tail);
    System.arraycopy(b, i, b, 0, tail);
    termAtt.setLength(tail);
    offsetAtt.setOffset(start, end);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    next = 0;
    skippedPositions = 0;
  }

  @Override
  public void end() throws IOException {
    super.end();
    posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
    skippedPositions = 0;
  }
}
