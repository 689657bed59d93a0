package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.model.Digest;
import org.marsad.model.InputError;
import org.marsad.store.LuceneArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad digest PATH... [--format text|json] [--data DIR] [--ref-date YYYY-MM-DD]}. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Read articles (text, HTML, RSS/Atom, JSONL, WARC, TREC <DOC>) under the given files/folders, "
        + "clean and analyse them, store them, and print events, stories and errors.")
public final class DigestCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (read recursively).")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "text", description = "text (readable summary) or json (shared/CONTRACT.md). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--data", paramLabel = "DIR", description = "Store directory. Default: ~/.marsad/data.")
  Path data;

  @Option(names = "--no-store", description = "Do not write the analysed articles to a store.")
  boolean noStore;

  @Option(names = "--ref-date", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
      description = "Reference date for relative dates when an article has none of its own.")
  LocalDate refDate;

  @Override
  public Integer call() throws IOException {
    Path dataDir = noStore ? null : (data != null ? data : LuceneArticleStore.defaultDirectory());
    Digest digest = Marsad.digest(new DigestRequest(paths, dataDir, refDate), ProgressBar.forStderr());
    render(digest, format);
    reportSkipped(digest.skipped());
    reportErrors(digest.errors());
    return digest.errors().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }

  static void render(Digest digest, Format format) throws IOException {
    OutputStream out = new BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16);
    if (format == Format.json) {
      DigestJson.write(digest, out, false);
    } else {
      PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
      TextReport.print(digest, ps);
      ps.flush();
    }
    out.flush();
  }

  static void reportSkipped(List<InputError> skipped) {
    for (InputError s : skipped) System.err.println("marsad: skipped " + s.file() + " (not news: " + s.error() + ")");
  }

  static void reportErrors(List<InputError> errors) {
    if (errors.isEmpty()) return;
    System.err.println("marsad: " + errors.size() + " input(s) could not be read:");
    int shown = 0;
    for (InputError e : errors) {
      if (++shown > 20) {
        System.err.println("  … and " + (errors.size() - 20) + " more (see \"errors\" in --format json)");
        break;
      }
      System.err.println("  " + e.file() + ": " + e.error());
    }
  }
}
