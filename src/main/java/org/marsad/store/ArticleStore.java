package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.model.Article;

/**
 * Where analysed articles are kept between runs. Idempotent: storing an article whose id or normalised content
 * ({@link ContentHash}) is already present changes nothing. Durable only after {@link #commit()} (or
 * {@link #close()}): a crash loses at most what was put since the last commit, never a committed article.
 *
 * <p>One process writes at a time; reads may run on other threads while it writes and see every article put so far,
 * committed or not. Events and stories will get their own stores beside this one.
 */
public interface ArticleStore extends Closeable {

  /** Stores the article unless its id or its content hash is already stored. Not durable before {@link #commit()}. */
  PutResult put(Article article) throws IOException;

  /** Puts each article in order; returns how many of each outcome. Commits only as {@link #put} would. */
  default Map<PutResult, Integer> putAll(Collection<Article> articles) throws IOException {
    Map<PutResult, Integer> counts = new EnumMap<>(PutResult.class);
    for (PutResult r : PutResult.values()) counts.put(r, 0);
    for (Article a : articles) counts.merge(put(a), 1, Integer::sum);
    return counts;
  }

  /** Makes every article put so far durable: after this returns, a crash or kill -9 cannot lose them. */
  void commit() throws IOException;

  Optional<Article> get(String id) throws IOException;

  /** The id of the stored article with this {@link ContentHash}, if any. */
  Optional<String> idForContentHash(String contentHash) throws IOException;

  /** Number of stored articles, committed or not. */
  long count() throws IOException;

  /** Calls {@code action} on every stored article, in the order they were stored. */
  void forEach(Consumer<Article> action) throws IOException;

  /** Every stored article, in the order they were stored. */
  default List<Article> all() throws IOException {
    List<Article> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  /** Commits what was put and releases the store. */
  @Override
  void close() throws IOException;
}
