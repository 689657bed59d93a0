package org.marsad.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.marsad.model.Article;

/**
 * Article to JSON and back, losing nothing: {@code fromJson(toJson(a)).equals(a)} for every article, including
 * null metadata fields, NaN or infinite quantities and text with unpaired surrogates.
 *
 * <p>The model records are mapped through Jackson's record support (component names are the JSON names), so a new
 * record component is carried without a change here. Null fields are left out; unknown fields are ignored so that
 * JSON written by an older model still reads.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static final ObjectWriter WRITER =
      MAPPER.writerFor(Article.class).with(new SurrogateEscapes());
  private static final ObjectReader READER = MAPPER.readerFor(Article.class);

  private ArticleJson() {}

  public static String toJson(Article article) {
    try {
      return WRITER.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write article " + article.id() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Reads an article; throws {@link IllegalArgumentException} naming the problem when the JSON is not one. */
  public static Article fromJson(String json) {
    try {
      return READER.readValue(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an article JSON: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("not a valid article: " + e.getMessage(), e);
    }
  }

  /**
   * Writes surrogates as {@code \}{@code uXXXX} escapes. Lucene stores strings as UTF-8, which turns an unpaired
   * surrogate into U+FFFD; escaped, the JSON is plain ASCII there and the original chars come back exactly.
   */
  private static final class SurrogateEscapes extends CharacterEscapes {
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch < Character.MIN_SURROGATE || ch > Character.MAX_SURROGATE) return null;
      return new SerializedString(String.format("\\u%04X", ch));
    }
  }
}
