package org.marsad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Digest;
import org.marsad.model.Entity;
import org.marsad.model.Brief;
import org.marsad.model.Event;
import org.marsad.model.InputError;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.Story;

/**
 * Writes a {@link Digest} in the shape of shared/CONTRACT.md §1. Streaming, so a 30k-article digest is not built
 * twice in memory. Fields beyond the contract (source, format, charset, url, author, problems) are additions.
 */
public final class DigestJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private DigestJson() {}

  public static void write(Digest digest, OutputStream out, boolean pretty) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeArrayFieldStart("articles");
      for (Article a : digest.articles()) writeArticle(g, a);
      g.writeEndArray();
      g.writeArrayFieldStart("events");
      for (Event e : digest.events()) writeEvent(g, e);
      g.writeEndArray();
      g.writeArrayFieldStart("stories");
      for (Story s : digest.stories()) writeStory(g, s);
      g.writeEndArray();
      writeInputErrors(g, "errors", digest.errors());
      writeInputErrors(g, "skipped", digest.skipped());
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  private static void writeInputErrors(JsonGenerator g, String field, List<InputError> list) throws IOException {
    g.writeArrayFieldStart(field);
    for (InputError e : list) {
      g.writeStartObject();
      g.writeStringField("file", e.file());
      g.writeStringField(field.equals("errors") ? "error" : "why", e.error());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeArticle(JsonGenerator g, Article a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("outlet", a.meta().outlet());
    g.writeStringField("title", a.meta().title());
    g.writeStringField("published", a.meta().published());
    if (a.meta().publishedInferred() != null) g.writeStringField("published_inferred", a.meta().publishedInferred());
    if (a.meta().updated() != null) g.writeStringField("updated", a.meta().updated());
    g.writeStringField("body", a.bodyText());
    g.writeArrayFieldStart("entities");
    for (Entity e : a.entities()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().name());
      g.writeStringField("text", e.text());
      g.writeNumberField("start", e.span().start());
      g.writeNumberField("end", e.span().end());
      g.writeStringField("canonical", e.canonical());
      g.writeStringField("role", e.role());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("dates");
    for (DateMention d : a.dates()) {
      g.writeStartObject();
      g.writeStringField("text", d.text());
      g.writeNumberField("start", d.span().start());
      g.writeNumberField("end", d.span().end());
      g.writeStringField("value", d.value());
      if (d.weekday() != 0) g.writeNumberField("weekday", d.weekday());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quantities");
    for (Quantity q : a.quantities()) {
      g.writeStartObject();
      g.writeStringField("text", q.text());
      g.writeNumberField("start", q.span().start());
      g.writeNumberField("end", q.span().end());
      writeNumber(g, "value", q.value());
      g.writeStringField("unit", q.unit());
      g.writeStringField("of", q.of());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      g.writeStartObject();
      g.writeStringField("speaker", q.speaker());
      g.writeStringField("text", q.text());
      g.writeNumberField("start", q.span().start());
      g.writeNumberField("end", q.span().end());
      g.writeEndObject();
    }
    g.writeEndArray();
    // additions beyond the contract
    g.writeStringField("source", a.source());
    g.writeStringField("format", a.format().name().toLowerCase(java.util.Locale.ROOT));
    g.writeStringField("charset", a.charset());
    g.writeStringField("url", a.meta().url());
    g.writeStringField("author", a.meta().author());
    if (!a.problems().isEmpty()) {
      g.writeArrayFieldStart("problems");
      for (var p : a.problems()) {
        g.writeStartObject();
        g.writeStringField("stage", p.stage());
        g.writeStringField("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeEvent(JsonGenerator g, Event e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    writeStrings(g, "articles", e.articleIds());
    g.writeStringField("title", e.title());
    g.writeStringField("when", e.when());
    g.writeStringField("where", e.where());
    writeStrings(g, "who", e.who());
    g.writeStringField("what", e.what());
    g.writeArrayFieldStart("summary");
    for (Event.SummarySentence s : e.summary()) {
      g.writeStartObject();
      g.writeStringField("sentence", s.sentence());
      g.writeStringField("article", s.articleId());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("conflicts");
    for (Event.Conflict c : e.conflicts()) {
      g.writeStartObject();
      g.writeStringField("about", c.about());
      g.writeArrayFieldStart("claims");
      for (Event.Claim claim : c.claims()) {
        g.writeStartObject();
        g.writeStringField("value", claim.value());
        writeStrings(g, "articles", claim.articleIds());
        g.writeStringField("text", claim.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    if (e.brief() != null) writeBriefExtras(g, e.brief());
    g.writeEndObject();
  }

  /** Beyond the contract's fields: who with type and role, and why/how with their source and offsets. */
  private static void writeBriefExtras(JsonGenerator g, Brief b) throws IOException {
    g.writeArrayFieldStart("actors");
    for (Brief.Actor a : b.who()) {
      g.writeStartObject();
      g.writeStringField("name", a.name());
      g.writeStringField("type", a.type().name());
      g.writeStringField("role", a.role());
      writeStrings(g, "articles", a.articleIds());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeClause(g, "why", b.why());
    writeClause(g, "how", b.how());
  }

  private static void writeClause(JsonGenerator g, String field, Brief.Clause c) throws IOException {
    if (c == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("text", c.text());
    g.writeStringField("article", c.articleId());
    g.writeNumberField("start", c.span().start());
    g.writeNumberField("end", c.span().end());
    g.writeEndObject();
  }

  private static void writeStory(JsonGenerator g, Story s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeStringField("title", s.title());
    writeStrings(g, "events", s.eventIds());
    g.writeArrayFieldStart("timeline");
    for (Story.TimelineEntry t : s.timeline()) {
      g.writeStartObject();
      g.writeStringField("when", t.when());
      g.writeStringField("what", t.what());
      g.writeStringField("source", t.sourceArticleId());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("trends");
    for (Story.Trend t : s.trends()) {
      g.writeStartObject();
      g.writeStringField("about", t.about());
      g.writeArrayFieldStart("points");
      for (Story.TrendPoint p : t.points()) {
        g.writeStartObject();
        g.writeStringField("when", p.when());
        writeNumber(g, "value", p.value());
        writeStrings(g, "articles", p.articleIds());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Counts print as integers (83, not 83.0). */
  private static void writeNumber(JsonGenerator g, String field, double v) throws IOException {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) g.writeNumberField(field, (long) v);
    else g.writeNumberField(field, v);
  }

  private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }
}
