package org.marsad.stages.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.marsad.model.Article;
import org.marsad.model.Problem;
import org.marsad.model.SourceFormat;

/**
 * JSON article records: JSONL (one object a line, key = 1-based line number) or a JSON array of objects (key =
 * 1-based index). A bad line or element is one error; the others are still read.
 */
final class JsonlReader {
  /** Jackson's default read constraints bound nesting depth (1000) and number length. */
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private JsonlReader() {}

  static void readLines(Origin origin, String charset, String text, Records out) {
    int lineNo = 0;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      lineNo++;
      String line = withoutBom(text.substring(start, end)).strip();
      if (!line.isEmpty()) readLine(origin, charset, line, lineNo, out);
      start = end + 1;
    }
  }

  private static void readLine(Origin origin, String charset, String line, int lineNo, Records out) {
    String key = String.valueOf(lineNo);
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      out.error(origin.recordFile(key), "JSONL line " + lineNo + ": not JSON: " + message(e));
      return;
    }
    record(origin, charset, node, key, "JSONL line " + lineNo, out);
  }

  /** Array fields under which APIs wrap their article lists ({"articles": [...]}, NewsAPI). */
  private static final String[] RECORD_ARRAYS = {"articles", "items", "data", "results", "records", "docs"};

  /** A JSON document: an array of records (streamed), or one object that is a record or wraps an array of them. */
  static void readDocument(Origin origin, String charset, String text, Records out) {
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) i++;
    if (i < text.length() && text.charAt(i) == '[') {
      readArray(origin, charset, text, out);
      return;
    }
    JsonNode root;
    try {
      root = JSON.readTree(withoutBom(text));
    } catch (JsonProcessingException e) {
      out.error(origin.file(), "JSON: not JSON: " + message(e));
      return;
    }
    if (root == null || !root.isObject()) {
      out.error(origin.file(), "JSON: not an article object or array");
      return;
    }
    for (String field : RECORD_ARRAYS) {
      JsonNode arr = root.get(field);
      if (arr != null && arr.isArray()) {
        for (int k = 0; k < arr.size(); k++) {
          record(origin, charset, arr.get(k), String.valueOf(k + 1), "JSON " + field + "[" + (k + 1) + "]", out);
        }
        if (arr.isEmpty()) out.error(origin.file(), "JSON: \"" + field + "\" array is empty");
        return;
      }
    }
    JsonRecord r = JsonRecord.of(root);
    if (!r.hasText()) {
      out.notNews(origin.file(), "JSON object is not an article record: no text/body/content field, no articles array");
      return;
    }
    out.article(article(origin.id(), origin, charset, r));
  }

  static void readArray(Origin origin, String charset, String text, Records out) {
    int index = 0;
    try (JsonParser p = JSON.createParser(withoutBom(text))) {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        out.error(origin.file(), "JSON: not an array of article objects");
        return;
      }
      while (p.nextToken() != JsonToken.END_ARRAY) {
        if (p.currentToken() == null) {
          out.error(origin.file(), "JSON array truncated after element " + index);
          return;
        }
        index++;
        JsonNode node = JSON.readTree(p);
        record(origin, charset, node, String.valueOf(index), "JSON element " + index, out);
      }
    } catch (JsonProcessingException e) {
      out.error(origin.recordFile(String.valueOf(Math.max(index, 1))),
          "JSON element " + Math.max(index, 1) + ": not JSON, rest of file skipped: " + message(e));
    } catch (IOException e) {
      out.error(origin.file(), "JSON: " + e.getClass().getSimpleName());
    }
  }

  private static void record(Origin origin, String charset, JsonNode node, String key, String where, Records out) {
    if (node == null || !node.isObject()) {
      out.error(origin.recordFile(key), where + ": not a JSON object");
      return;
    }
    JsonRecord r = JsonRecord.of(node);
    if (!r.hasText()) {
      out.error(origin.recordFile(key), where + (r.meta().title() == null
          ? ": no title and no text/body/content" : ": no text/body/content (title only)"));
      return;
    }
    out.article(article(origin.recordId(key), origin, charset, r));
  }

  private static Article article(String id, Origin origin, String charset, JsonRecord r) {
    Article a = Article.ingested(id, origin.source(), SourceFormat.JSONL, charset, r.text(), r.meta());
    if (r.publishedRaw() != null && r.meta().published() == null) {
      a = a.withProblem(new Problem("ingest", null, "unparseable published time: " + Messages.clip(r.publishedRaw())));
    }
    return a;
  }

  /** A UTF-8 byte-order mark decodes to U+FEFF, which JSON parsers reject. */
  private static String withoutBom(String s) {
    return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
  }

  private static String message(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    return m == null ? e.getClass().getSimpleName() : Messages.clip(m);
  }
}
