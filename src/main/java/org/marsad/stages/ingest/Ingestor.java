package org.marsad.stages.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.marsad.model.Article;
import org.marsad.model.InputError;
import org.marsad.model.Problem;

/**
 * Reads files and folders into {@link Article#ingested ingested} articles. Folders are walked recursively in sorted
 * order, skipping hidden files and Markdown documentation (a dataset's README is not an article); paths named
 * explicitly are always read. A walked file that is well-formed but holds no news (a JSON object without article
 * fields, such as a dataset's metadata) is reported as skipped, not as an error. Each file is parsed on a worker thread with a time bound, so one bad file gives one
 * {@link InputError} and the run goes on. Never throws for bad input.
 */
public final class Ingestor {
  /** Parses one file's bytes; replaceable in tests to exercise the time bound. */
  interface FileParser {
    Records parse(Origin origin, byte[] bytes);
  }

  /** Deep recursion in third-party parsers needs more than the default stack. */
  private static final long WORKER_STACK_BYTES = 64L * 1024 * 1024;

  private final IngestOptions options;
  private final FileParser parser;

  public Ingestor(IngestOptions options) {
    this(options, null);
  }

  Ingestor(IngestOptions options, FileParser parser) {
    this.options = Objects.requireNonNull(options, "options");
    this.parser = parser != null ? parser : (origin, bytes) -> {
      Records out = new Records();
      RawFileReader.read(origin, origin.name(), bytes, this.options, 0, out);
      return out;
    };
  }

  /** Walks files/folders recursively (sorted, deterministic order), emits each article and each error. */
  public void ingest(List<Path> paths, Consumer<Article> articles, Consumer<InputError> errors) {
    ingest(paths, articles, errors, skipped -> {});
  }

  /** As {@link #ingest(List, Consumer, Consumer)}; walked files that hold no news go to {@code skipped} with why. */
  public void ingest(List<Path> paths, Consumer<Article> articles, Consumer<InputError> errors, Consumer<InputError> skipped) {
    Worker worker = new Worker();
    Consumer<Article> unique = uniqueIds(articles);
    try {
      for (Path p : paths) {
        if (Thread.currentThread().isInterrupted()) break; // the caller cancelled the run
        if (Files.isDirectory(p)) {
          for (Path f : walk(p, errors)) {
            if (Thread.currentThread().isInterrupted()) break;
            readFile(f, worker, unique, errors, skipped);
          }
        } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
          readFile(p, worker, unique, errors, errors);
        } else {
          errors.accept(new InputError(p.toString(), "no such file or directory"));
        }
      }
    } finally {
      worker.close();
    }
  }

  /**
   * Ids are file names, so two folders can hold the same one: a repeated id gets "~2", "~3"… and a problem says
   * so, because later stages refer to articles by id.
   */
  private static Consumer<Article> uniqueIds(Consumer<Article> downstream) {
    Set<String> seen = new HashSet<>();
    return a -> {
      if (seen.add(a.id())) {
        downstream.accept(a);
        return;
      }
      int n = 2;
      while (!seen.add(a.id() + "~" + n)) n++;
      String id = a.id() + "~" + n;
      Article renamed = new Article(id, a.source(), a.format(), a.charset(), a.text(), a.meta(), a.body(), a.entities(),
          a.dates(), a.quantities(), a.quotes(), a.problems());
      downstream.accept(renamed.withProblem(new Problem("ingest", null, "id " + a.id() + " already used by another file; renamed " + id)));
    };
  }

  private static List<Path> walk(Path dir, Consumer<InputError> errors) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !hidden(f) && !documentation(f)) files.add(f);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          errors.accept(new InputError(f.toString(), "cannot read: " + e.getClass().getSimpleName()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      errors.accept(new InputError(dir.toString(), "cannot walk folder: " + e.getClass().getSimpleName()));
    }
    files.sort(null);
    return files;
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean documentation(Path p) {
    String ext = FormatSniffer.extension(p.getFileName().toString());
    return ext.equals("md") || ext.equals("markdown");
  }

  private void readFile(Path file, Worker worker, Consumer<Article> articles, Consumer<InputError> errors,
      Consumer<InputError> notNews) {
    String shown = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        errors.accept(new InputError(shown,
            "file too large: " + Sizes.human(size) + " > " + Sizes.human(options.maxFileBytes()) + " cap"));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      errors.accept(new InputError(shown, "cannot read: " + Messages.describe(e)));
      return;
    }
    Origin origin = Origin.ofFile(file.getFileName().toString(), shown);
    Records records = worker.run(origin, bytes);
    if (records.notNews != null && records.articles.isEmpty() && records.errors.size() == 1) {
      notNews.accept(records.errors.get(0));
      return;
    }
    records.articles.forEach(articles);
    records.errors.forEach(errors);
  }

  /** One parse at a time on a daemon thread with a large stack; a file over its time bound abandons the thread. */
  private final class Worker {
    private ExecutorService executor = newExecutor();

    Records run(Origin origin, byte[] bytes) {
      Future<Records> future = executor.submit(() -> parseGuarded(origin, bytes));
      long millis = options.perFileTimeout().toMillis();
      try {
        return future.get(millis, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        executor.shutdownNow();
        executor = newExecutor();
        return single(origin, "timed out after " + seconds(millis) + " s");
      } catch (ExecutionException e) {
        return single(origin, "failed to read: " + Messages.describe(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        future.cancel(true);
        return single(origin, "interrupted");
      }
    }

    void close() {
      executor.shutdownNow();
    }
  }

  private Records parseGuarded(Origin origin, byte[] bytes) {
    try {
      return parser.parse(origin, bytes);
    } catch (StackOverflowError e) {
      return single(origin, "structure nested too deep to read (stack overflow)");
    } catch (OutOfMemoryError e) {
      return single(origin, "out of memory while reading");
    } catch (RuntimeException | LinkageError e) {
      return single(origin, "failed to read: " + Messages.describe(e));
    }
  }

  private static Records single(Origin origin, String message) {
    Records r = new Records();
    r.error(origin.file(), message);
    return r;
  }


  private static String seconds(long millis) {
    return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0);
  }

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, "marsad-ingest", WORKER_STACK_BYTES);
      t.setDaemon(true);
      return t;
    });
  }
}
