package org.marsad.model;

import java.util.Objects;

/** One unreadable file or record: the contract's {@code errors[]} entry. */
public record InputError(String file, String error) {
  public InputError {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(error, "error");
  }
}
