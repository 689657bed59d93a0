package org.marsad.store;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A field's tokens, analysed ahead of time (on any thread) and replayed to the index writer, so that the single
 * writer thread, which keeps documents in order, only inverts them. Holds the terms, position increments and offsets:
 * everything an indexed, unstored text field takes from a token stream.
 */
final class CapturedTokens extends TokenStream {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);

  private final char[] chars;
  /** Per token i: its terms in chars[termEnd[i-1], termEnd[i]), then increment and offsets. */
  private final int[] termEnd;
  private final int[] posInc;
  private final int[] startOffset;
  private final int[] endOffset;
  private final int count;
  private final int finalOffset;
  private final int finalPosInc;
  private int next;

  private CapturedTokens(char[] chars, int[] termEnd, int[] posInc, int[] startOffset, int[] endOffset, int count,
      int finalOffset, int finalPosInc) {
    this.chars = chars;
    this.termEnd = termEnd;
    this.posInc = posInc;
    this.startOffset = startOffset;
    this.endOffset = endOffset;
    this.count = count;
    this.finalOffset = finalOffset;
    this.finalPosInc = finalPosInc;
  }

  /** Runs {@code analyzer} over {@code text} as {@code field} would be analysed, keeping every token. */
  static CapturedTokens capture(Analyzer analyzer, String field, String text) {
    char[] chars = new char[Math.max(16, text.length())];
    int[] termEnd = new int[16], posInc = new int[16], start = new int[16], end = new int[16];
    int n = 0, used = 0, finalOffset, finalPosInc;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (n == termEnd.length) {
          int grown = n * 2;
          termEnd = Arrays.copyOf(termEnd, grown);
          posInc = Arrays.copyOf(posInc, grown);
          start = Arrays.copyOf(start, grown);
          end = Arrays.copyOf(end, grown);
        }
        int len = term.length();
        if (used + len > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        System.arraycopy(term.buffer(), 0, chars, used, len);
        used += len;
        termEnd[n] = used;
        posInc[n] = inc.getPositionIncrement();
        start[n] = off.startOffset();
        end[n] = off.endOffset();
        n++;
      }
      ts.end();
      finalOffset = off.endOffset();
      finalPosInc = inc.getPositionIncrement();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("analysing " + field + " in memory", e);
    }
    return new CapturedTokens(chars, termEnd, posInc, start, end, n, finalOffset, finalPosInc);
  }

  int size() {
    return count;
  }

  @Override
  public boolean incrementToken() {
    if (next == count) return false;
    clearAttributes();
    int from = next == 0 ? 0 : termEnd[next - 1];
    termAtt.copyBuffer(chars, from, termEnd[next] - from);
    posIncAtt.setPositionIncrement(posInc[next]);
    offsetAtt.setOffset(startOffset[next], endOffset[next]);
    next++;
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
    posIncAtt.setPositionIncrement(finalPosInc);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }
}
