package org.marsad.stages.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of one ingest run.
 *
 * @param maxFileBytes a file (or zip entry, or gunzipped stream) larger than this is reported, not read
 * @param perFileTimeout how long one file may take to parse before it is reported as timed out
 * @param parallelism how many files are read and parsed at once (results are still emitted in file order)
 */
public record IngestOptions(long maxFileBytes, Duration perFileTimeout, int parallelism) {
  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
  public static final Duration DEFAULT_PER_FILE_TIMEOUT = Duration.ofSeconds(60);
  /** One file per core, up to 4: each file in flight holds its bytes and records in memory. */
  public static final int DEFAULT_PARALLELISM = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_PER_FILE_TIMEOUT, DEFAULT_PARALLELISM);

  public IngestOptions {
    if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes " + maxFileBytes);
    Objects.requireNonNull(perFileTimeout, "perFileTimeout");
    if (perFileTimeout.isNegative() || perFileTimeout.isZero()) throw new IllegalArgumentException("perFileTimeout " + perFileTimeout);
    if (parallelism < 1) throw new IllegalArgumentException("parallelism " + parallelism);
  }

  public IngestOptions withMaxFileBytes(long v) { return new IngestOptions(v, perFileTimeout, parallelism); }
  public IngestOptions withPerFileTimeout(Duration v) { return new IngestOptions(maxFileBytes, v, parallelism); }
  public IngestOptions withParallelism(int v) { return new IngestOptions(maxFileBytes, perFileTimeout, v); }
}
