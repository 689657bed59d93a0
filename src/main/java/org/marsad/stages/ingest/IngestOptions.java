package org.marsad.stages.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of one ingest run.
 *
 * @param maxFileBytes a file (or zip entry, or gunzipped stream) larger than this is reported, not read
 * @param perFileTimeout how long one file may take to parse before it is reported as timed out
 */
public record IngestOptions(long maxFileBytes, Duration perFileTimeout) {
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
  public static final Duration DEFAULT_PER_FILE_TIMEOUT = Duration.ofSeconds(60);
  public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_PER_FILE_TIMEOUT);

  public IngestOptions {
    if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes " + maxFileBytes);
    Objects.requireNonNull(perFileTimeout, "perFileTimeout");
    if (perFileTimeout.isNegative() || perFileTimeout.isZero()) throw new IllegalArgumentException("perFileTimeout " + perFileTimeout);
  }

  public IngestOptions withMaxFileBytes(long v) { return new IngestOptions(v, perFileTimeout); }
  public IngestOptions withPerFileTimeout(Duration v) { return new IngestOptions(maxFileBytes, v); }
}
