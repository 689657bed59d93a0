package org.marsad.store;

/** What {@link ArticleStore#put} did with an article. Only {@link #ADDED} changes the store. */
public enum PutResult {
  /** New id and new content: stored. */
  ADDED,
  /** An article with this id is already stored; nothing changed. */
  UNCHANGED_SAME_ID,
  /** An article with another id but the same normalised content is already stored; nothing changed. */
  UNCHANGED_SAME_CONTENT;

  public boolean added() {
    return this == ADDED;
  }
}
