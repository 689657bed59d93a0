package org.marsad.stages.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;
import org.marsad.SharedData;
import org.marsad.model.Article;
import org.marsad.store.ArticleJson;
import org.marsad.testing.AntLabels;

/** The ANT dev days (7-8 April 2018, middleEast + internationalNews) analysed, and their hand labels. */
final class AntDevData {
  /** -Dant.day=14: the 14 April day (dev for the batch grouper since issue 10) instead of 7-8 April. */
  static final boolean DAY14 = "14".equals(System.getProperty("ant.day"));
  static final String LABELS = labels(DAY14);

  private static String labels(boolean day14) {
    return day14 ? "/org/marsad/eval/ant-2018-04-14-events.tsv" : "/org/marsad/eval/ant-2018-04-07-08-events.tsv";
  }

  private AntDevData() {}

  static List<Path> files() throws IOException {
    return files(DAY14);
  }

  static List<Path> files(boolean day14) throws IOException {
    return AntLabels.files(SharedData.require(AntLabels.CORPUS),
        Pattern.compile(day14 ? ".*-20180414\\.txt" : ".*-2018040[78]\\.txt"));
  }

  /**
   * The analysed articles, after the corpus-level steps (persons resolved across articles). With
   * -Dant.cache=true they are kept as JSON lines in target/ and read back on the next run (tuning aids rerun often;
   * delete the file after changing an analysis stage).
   */
  static List<Article> articles() throws IOException {
    return articles(DAY14);
  }

  static List<Article> articles(boolean day14) throws IOException {
    Path cache = Path.of("target", day14 ? "ant-14-articles.jsonl" : "ant-dev-articles.jsonl");
    if (Boolean.getBoolean("ant.cache") && Files.isRegularFile(cache)) {
      List<Article> out = new ArrayList<>();
      for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) out.add(ArticleJson.fromJson(line));
      }
      return out;
    }
    List<Article> articles = Marsad.digest(new DigestRequest(files(day14), null, null), Progress.NONE).articles();
    if (Boolean.getBoolean("ant.cache")) {
      StringBuilder sb = new StringBuilder();
      for (Article a : articles) sb.append(ArticleJson.toJson(a)).append('\n');
      Files.createDirectories(cache.getParent());
      Files.writeString(cache, sb, StandardCharsets.UTF_8);
    }
    return articles;
  }

  static Map<String, String> gold() throws IOException {
    return gold(DAY14);
  }

  static Map<String, String> gold(boolean day14) throws IOException {
    return AntLabels.read(labels(day14));
  }
}
