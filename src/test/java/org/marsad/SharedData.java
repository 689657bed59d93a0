package org.marsad;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** ../shared, read at run time; tests that need it skip cleanly when it is absent. */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    return Path.of(System.getProperty("marsad.shared", "../shared")).toAbsolutePath().normalize();
  }

  /** The sub-path of ../shared, or a skipped test when it is not there. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "../shared/" + relative + " is absent; skipping");
    return p;
  }
}
