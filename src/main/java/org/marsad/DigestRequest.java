package org.marsad;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to digest.
 *
 * @param dataDir the store to write the analysed articles to, or null to keep nothing on disk
 * @param referenceDate resolves relative dates ("منذ 3 ساعات") when an article has no date of its own; may be null
 */
public record DigestRequest(List<Path> paths, Path dataDir, LocalDate referenceDate) {
  public DigestRequest {
    paths = List.copyOf(paths);
    if (paths.isEmpty()) throw new IllegalArgumentException("nothing to digest: give at least one file or folder");
  }
}
