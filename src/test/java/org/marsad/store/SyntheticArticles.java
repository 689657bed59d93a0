package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.marsad.model.Article;
import org.marsad.model.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Metadata;
import org.marsad.model.Problem;
import org.marsad.model.Quantity;
import org.marsad.model.Quote;
import org.marsad.model.SourceFormat;
import org.marsad.model.Span;

/** Deterministic made-up Arabic articles: {@code article(i, words)} is the same on every call and in every JVM. */
final class SyntheticArticles {
  // our own everyday news vocabulary, no outside sentences
  private static final String[] WORDS = loadWords();
  private static final String[] OUTLETS = {"الأهرام", "الشروق", "المصري اليوم", "الوطن"};

  private SyntheticArticles() {}

  static String id(int i) {
    return "synthetic-" + i + ".html";
  }

  /** An analysed article with about {@code words} body words, every layer filled, unique content per {@code i}. */
  static Article article(int i, int words) {
    SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 17);
    StringBuilder text = new StringBuilder();
    String title = "خبر رقم " + i + " " + word(random) + " " + word(random);
    text.append(title).append("\n\n");
    List<Span> body = new ArrayList<>();
    int paragraphs = Math.max(1, words / 50);
    for (int p = 0; p < paragraphs; p++) {
      int start = text.length();
      if (p == 0) text.append("أفاد تقرير رقم ").append(i).append(' ');
      for (int w = 0; w < words / paragraphs; w++) {
        if (w > 0) text.append(' ');
        text.append(word(random));
      }
      text.append('.');
      body.add(new Span(start, text.length()));
      text.append("\n\n");
    }
    text.append("اقرأ أيضا: ").append(word(random)).append(" — جميع الحقوق محفوظة");
    String t = text.toString();
    Span first = body.get(0);
    Span entitySpan = new Span(first.start(), first.start() + 4);
    Metadata meta = new Metadata(title, OUTLETS[i % OUTLETS.length], i % 3 == 0 ? null : "محرر " + (i % 7),
        "https://example.org/news/" + i, "2024-0" + (1 + i % 9) + "-1" + (i % 10), null, null);
    return new Article(id(i), "/corpus/" + id(i), SourceFormat.HTML, "UTF-8", t, meta, body,
        List.of(new Entity(EntityType.ORG, entitySpan, entitySpan.of(t), "تقرير", null)),
        List.of(new DateMention(entitySpan, entitySpan.of(t), i % 2 == 0 ? "2024-03" : null, i % 8)),
        List.of(new Quantity(entitySpan, entitySpan.of(t), i + 0.25, "جنيه", null)),
        List.of(new Quote(first, first.of(t), i % 2 == 0 ? "المتحدث" : null)),
        i % 5 == 0 ? List.of(new Problem("clean", null, "no byline")) : List.of());
  }

  private static String[] loadWords() {
    try (InputStream in = SyntheticArticles.class.getResourceAsStream("synthetic-words.txt")) {
      if (in == null) throw new IllegalStateException("test resource synthetic-words.txt missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String word(SplittableRandom random) {
    return WORDS[random.nextInt(WORDS.length)];
  }
}
