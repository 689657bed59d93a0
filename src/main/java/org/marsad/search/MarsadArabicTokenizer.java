package org.marsad.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.marsad.text.ar.ArabicTokenizer;
import org.marsad.text.ar.TokenType;

/**
 * Lucene adapter over {@link ArabicTokenizer}: reads the field, hands the chars to the pure tokenizer, emits its
 * tokens (punctuation dropped) with type {@code <ARABIC>}, {@code <NUMBER>} … and corrected offsets.
 */
public final class MarsadArabicTokenizer extends Tokenizer {
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
  private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);

  private static final String[] TYPE_NAMES = Arrays.stream(TokenType.values()).map(t -> "<" + t.name() + ">").toArray(String[]::new);

  private char[] buf = new char[1024];
  private int length;
  private final ArabicTokenizer.Cursor cursor = new ArabicTokenizer.Cursor(buf, 0, 0);
  private int finalOffset;

  public MarsadArabicTokenizer() {
    super();
  }

  public MarsadArabicTokenizer(AttributeFactory factory) {
    super(factory);
  }

  /** The Lucene type string of a token type. */
  public static String typeName(TokenType type) {
    return TYPE_NAMES[type.ordinal()];
  }

  @Override
  public boolean incrementToken() throws IOException {
    clearAttributes();
    while (cursor.next()) {
      if (cursor.type == TokenType.PUNCT) continue;
      termAtt.copyBuffer(buf, cursor.start, cursor.end - cursor.start);
      offsetAtt.setOffset(correctOffset(cursor.start), correctOffset(cursor.end));
      typeAtt.setType(TYPE_NAMES[cursor.type.ordinal()]);
      posIncAtt.setPositionIncrement(1);
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    length = 0;
    int n;
    while ((n = input.read(buf, length, buf.length - length)) != -1) {
      length += n;
      if (length == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
    }
    cursor.reset(buf, 0, length);
    finalOffset = correctOffset(length);
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }
}
