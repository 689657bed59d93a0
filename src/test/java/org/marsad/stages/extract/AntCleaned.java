package org.marsad.stages.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.SharedData;
import org.marsad.model.Article;
import org.marsad.model.Span;
import org.marsad.pipeline.StageContext;
import org.marsad.stages.clean.CleanStage;
import org.marsad.stages.ingest.IngestOptions;
import org.marsad.stages.ingest.Ingestor;
import org.marsad.text.ar.ArabicTokenizer;

/**
 * All of ANT ingested and cleaned, sorted by id, with its body token count: the input the extraction benches and
 * harnesses run their stages over.
 */
record AntCleaned(List<Article> articles, long bodyTokens) {

  static AntCleaned load() {
    Path ant = SharedData.require("data/ant-corpus-multisource-2018-04");
    List<Article> raw = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(List.of(ant), raw::add, e -> {});
    raw.sort(Comparator.comparing(Article::id));
    CleanStage clean = new CleanStage();
    List<Article> articles = new ArrayList<>(raw.size());
    long tokens = 0;
    for (Article a : raw) {
      Article c = clean.process(a, StageContext.NONE);
      articles.add(c);
      for (Span s : c.body()) tokens += ArabicTokenizer.tokenize(s.of(c.text())).size();
    }
    return new AntCleaned(List.copyOf(articles), tokens);
  }

  /** Each article's body paragraphs, one per line. */
  List<String> bodies() {
    List<String> out = new ArrayList<>(articles.size());
    for (Article c : articles) {
      StringBuilder body = new StringBuilder();
      for (Span s : c.body()) body.append(c.text(), s.start(), s.end()).append('\n');
      out.add(body.toString());
    }
    return out;
  }
}
