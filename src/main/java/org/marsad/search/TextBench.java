package org.marsad.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.text.ar.ArabicTokenizer;
import org.marsad.text.ar.CliticSegmenter;
import org.marsad.text.ar.Normalizer;
import org.marsad.text.ar.TokenType;

/**
 * Speed of the Arabic text layer on news bodies, next to Lucene's stock ArabicAnalyzer over the same bodies in the
 * same run: the pure pipeline (tokenizer + normaliser + segmenter), MarsadArabicAnalyzer, and ArabicAnalyzer.
 * {@code java … org.marsad.search.TextBench DIR_OR_ZIP [maxArticles]} reads SaudiNewsNet zips of JSON arrays.
 */
public final class TextBench {
  private TextBench() {}

  static final int ROUNDS = 3;

  /** Tokens and nanoseconds of one timed pass. */
  public record Pass(String name, long tokens, long nanos) {
    public double tokensPerSecond() {
      return tokens * 1e9 / Math.max(1, nanos);
    }
  }

  public record Result(int articles, long chars, Pass tokenizer, Pass pure, Pass marsadCold, Pass marsad, Pass lucene) {
    /** Time of MarsadArabicAnalyzer over time of ArabicAnalyzer on the same bodies (goal ≤ 2). */
    public double timeRatio() {
      return (double) marsad.nanos / Math.max(1, lucene.nanos);
    }

    public List<String> lines() {
      return List.of(
          String.format("articles %d, chars %d", articles, chars),
          String.format("tokenizer alone: %d tokens, %.0f tokens/s", tokenizer.tokens, tokenizer.tokensPerSecond()),
          String.format("MarsadArabicAnalyzer first pass (cold JIT and segmenter cache): %.0f tokens/s", marsadCold.tokensPerSecond()),
          String.format("pure tokenizer+normaliser+segmenter: %d tokens, %.0f tokens/s", pure.tokens, pure.tokensPerSecond()),
          String.format("MarsadArabicAnalyzer: %d tokens, %.0f tokens/s", marsad.tokens, marsad.tokensPerSecond()),
          String.format("Lucene ArabicAnalyzer: %d tokens, %.0f tokens/s", lucene.tokens, lucene.tokensPerSecond()),
          String.format("time ratio MarsadArabicAnalyzer/ArabicAnalyzer: %.2f", timeRatio()));
    }
  }

  /** Reads up to {@code max} non-empty {@code content} fields from the zips under {@code path}. */
  public static List<String> readSaudiNewsNet(Path path, int max) throws IOException {
    List<Path> zips;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.list(path)) {
        zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
      }
    } else {
      zips = List.of(path);
    }
    List<String> bodies = new ArrayList<>();
    JsonFactory jf = new JsonFactory();
    for (Path zip : zips) {
      try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(zip))) {
        ZipEntry e;
        while ((e = zin.getNextEntry()) != null && bodies.size() < max) {
          if (!e.getName().endsWith(".json")) continue;
          readContents(jf, zin, bodies, max);
        }
      }
      if (bodies.size() >= max) break;
    }
    return bodies;
  }

  private static void readContents(JsonFactory jf, InputStream in, List<String> out, int max) throws IOException {
    JsonParser p = jf.createParser(in);
    p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
    JsonToken t;
    while ((t = p.nextToken()) != null && out.size() < max) {
      if (t == JsonToken.FIELD_NAME && "content".equals(p.currentName())) {
        if (p.nextToken() == JsonToken.VALUE_STRING) {
          String s = p.getText();
          if (!s.isBlank()) out.add(s);
        }
      }
    }
  }

  public static Result run(List<String> bodies) throws IOException {
    long chars = 0;
    for (String b : bodies) chars += b.length();
    try (Analyzer marsad = new MarsadArabicAnalyzer(); Analyzer lucene = new ArabicAnalyzer()) {
      // the first pass of each path warms the JIT (and our segmenter cache); the second is timed
      long c0 = System.nanoTime();
      long coldTokens = analyze(marsad, bodies);
      Pass cold = new Pass("marsad-cold", coldTokens, System.nanoTime() - c0);
      pure(bodies);
      analyze(lucene, bodies);
      tokenizeOnly(bodies);
      long tt = System.nanoTime();
      long tokTokens = tokenizeOnly(bodies);
      Pass tok = new Pass("tokenizer", tokTokens, System.nanoTime() - tt);
      long t0 = System.nanoTime();
      long pureTokens = pure(bodies);
      long t1 = System.nanoTime();
      long marsadTokens = analyze(marsad, bodies);
      long t2 = System.nanoTime();
      long luceneTokens = analyze(lucene, bodies);
      long t3 = System.nanoTime();
      return new Result(bodies.size(), chars, tok, new Pass("pure", pureTokens, t1 - t0), cold, new Pass("marsad", marsadTokens, t2 - t1),
          new Pass("lucene", luceneTokens, t3 - t2));
    }
  }

  static long tokenizeOnly(List<String> bodies) {
    ArabicTokenizer.Cursor cursor = new ArabicTokenizer.Cursor(new char[0], 0, 0);
    long tokens = 0;
    char[] buf = new char[0];
    for (String body : bodies) {
      if (buf.length < body.length()) buf = new char[body.length() * 2];
      body.getChars(0, body.length(), buf, 0);
      cursor.reset(buf, 0, body.length());
      while (cursor.next()) tokens++;
    }
    return tokens;
  }

  /** Tokenise, normalise every token, segment every Arabic token; counts tokens. */
  static long pure(List<String> bodies) {
    Normalizer normalizer = Normalizer.standard();
    CliticSegmenter segmenter = CliticSegmenter.standard();
    Normalizer.Output out = new Normalizer.Output(false);
    ArabicTokenizer.Cursor cursor = new ArabicTokenizer.Cursor(new char[0], 0, 0);
    long tokens = 0, segments = 0;
    char[] buf = new char[0];
    for (String body : bodies) {
      if (buf.length < body.length()) buf = new char[body.length() * 2];
      body.getChars(0, body.length(), buf, 0);
      cursor.reset(buf, 0, body.length());
      while (cursor.next()) {
        tokens++;
        normalizer.normalize(buf, cursor.start, cursor.end - cursor.start, out);
        if (cursor.type == TokenType.ARABIC) segments += segmenter.segment(body, cursor.start, cursor.end).size();
      }
    }
    return segments > 0 ? tokens : tokens;
  }

  static long analyze(Analyzer a, List<String> bodies) throws IOException {
    long tokens = 0;
    for (String body : bodies) {
      try (TokenStream ts = a.tokenStream("body", new StringReader(body))) {
        ts.reset();
        while (ts.incrementToken()) tokens++;
        ts.end();
      }
    }
    return tokens;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: TextBench SAUDINEWSNET_DIR_OR_ZIP [maxArticles]");
      System.exit(2);
    }
    int max = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    List<String> bodies = readSaudiNewsNet(Path.of(args[0]), max);
    for (String line : run(bodies).lines()) System.out.println(line);
  }
}
