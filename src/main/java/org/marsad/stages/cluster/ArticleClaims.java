package org.marsad.stages.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.model.Article;
import org.marsad.stages.cluster.TrendMeasures.Claim;

/**
 * Each article's counted claims ({@link TrendMeasures#claims}), read once and shared by the event conflicts and the
 * stories' trends, which read the same articles. Keyed by id and checked by identity, so an article changed since
 * (another object under the same id) is read again. Thread-safe; holds what it read until dropped.
 */
public final class ArticleClaims {
  private record Read(Article article, List<Claim> claims) {}

  private final Map<String, Read> byId = new ConcurrentHashMap<>();

  List<Claim> of(Article article) {
    Read read = byId.get(article.id());
    if (read != null && read.article() == article) return read.claims();
    List<Claim> claims = TrendMeasures.claims(article);
    byId.put(article.id(), new Read(article, claims));
    return claims;
  }
}
