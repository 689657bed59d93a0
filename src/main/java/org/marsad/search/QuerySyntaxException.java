package org.marsad.search;

/** The free-text query does not parse; the message says where and how, for the user. */
public final class QuerySyntaxException extends IllegalArgumentException {
  public QuerySyntaxException(String message, Throwable cause) {
    super(message, cause);
  }
}
