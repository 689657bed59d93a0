package org.marsad.stages.ingest;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.InputError;

/** What reading one file gave: its articles and its errors, in reading order. */
final class Records {
  final List<Article> articles = new ArrayList<>();
  final List<InputError> errors = new ArrayList<>();
  /** Set when the file is well-formed but holds no article at all (a metadata JSON object, say). */
  String notNews;

  void article(Article a) {
    articles.add(a);
  }

  /** The file is valid but not news: an error when it was named, a skipped file when a folder walk found it. */
  void notNews(String file, String message) {
    notNews = message;
    error(file, message);
  }

  void error(String file, String message) {
    errors.add(new InputError(file, message));
  }
}
