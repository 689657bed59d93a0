package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.model.Digest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad demo}: digests the bundled samples into a throw-away store and prints the readable summary. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Digest the bundled samples/ and print events, their articles, dates, conflicts and top entities.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--samples", paramLabel = "DIR", description = "Samples folder. Default: the project's samples/.")
  Path samples;

  @Override
  public Integer call() throws IOException {
    Path dir = samples != null ? samples : defaultSamples();
    if (!Files.isDirectory(dir)) {
      System.err.println("marsad demo: no samples folder at " + dir + " (run from the project, or pass --samples DIR)");
      return Main.USAGE;
    }
    Path store = Files.createTempDirectory("marsad-demo-");
    try {
      Digest digest = Marsad.digest(new DigestRequest(List.of(dir), store, null), ProgressBar.forStderr());
      DigestCommand.render(digest, DigestCommand.Format.text);
      System.out.flush();
      System.err.println("(demo store " + store + " is deleted on exit; use `marsad digest samples --data DIR` to keep one)");
      DigestCommand.reportErrors(digest.errors());
      return digest.errors().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
    } finally {
      deleteRecursively(store);
    }
  }

  static Path defaultSamples() {
    String home = System.getProperty("marsad.home");
    return (home != null ? Path.of(home) : Path.of("")).resolve("samples").toAbsolutePath();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
