package org.marsad.stages.ingest;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.InputError;

/** What reading one file gave: its articles and its errors, in reading order. */
final class Records {
  final List<Article> articles = new ArrayList<>();
  final List<InputError> errors = new ArrayList<>();

  void article(Article a) {
    articles.add(a);
  }

  void error(String file, String message) {
    errors.add(new InputError(file, message));
  }
}
