package org.marsad.stages.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
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
 * fields, such as a dataset's metadata) is reported as skipped, not as an error. Files are read and parsed on up to
 * {@link IngestOptions#parallelism()} worker threads at once, each within a time bound, and handed on in order; one
 * bad file gives one {@link InputError} and the run goes on. Never throws for bad input.
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
    Window window = new Window(uniqueIds(articles), errors);
    try {
      for (Path p : paths) {
        if (Thread.currentThread().isInterrupted()) break; // the caller cancelled the run
        if (Files.isDirectory(p)) {
          List<InputError> walkErrors = new ArrayList<>();
          List<Path> files = walk(p, walkErrors::add);
          walkErrors.forEach(window::error);
          for (Path f : files) {
            if (Thread.currentThread().isInterrupted()) break;
            window.file(f, skipped);
          }
        } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
          window.file(p, errors);
        } else {
          window.error(new InputError(p.toString(), "no such file or directory"));
        }
      }
      window.drainAll();
    } finally {
      window.close();
    }
  }

  /**
   * Up to {@code parallelism} files read and parsed at once, one per worker slot, each bounded by the per-file
   * timeout from its submission; results are handed on strictly in the order the files were given, so ids, order
   * and errors do not depend on the number of workers.
   */
  private final class Window {
    private final Consumer<Article> articles;
    private final Consumer<InputError> errors;
    private final Worker[] slots = new Worker[options.parallelism()];
    private final ArrayDeque<Integer> freeSlots = new ArrayDeque<>();
    private final ArrayDeque<Pending> inOrder = new ArrayDeque<>();

    /** One file in flight (or an error already known, with no slot), and where its not-news verdict goes. */
    private record Pending(Origin origin, Future<Records> result, long deadlineNanos, int slot, Consumer<InputError> notNews) {}

    Window(Consumer<Article> articles, Consumer<InputError> errors) {
      this.articles = articles;
      this.errors = errors;
      for (int i = 0; i < slots.length; i++) freeSlots.add(i);
    }

    void error(InputError e) {
      Records r = new Records();
      r.errors.add(e);
      inOrder.add(new Pending(null, CompletableFuture.completedFuture(r), 0, -1, errors));
    }

    void file(Path file, Consumer<InputError> notNews) {
      while (freeSlots.isEmpty()) drainHead();
      int slot = freeSlots.poll();
      if (slots[slot] == null) slots[slot] = new Worker();
      Origin origin = Origin.ofFile(file.getFileName().toString(), file.toString());
      Future<Records> result = slots[slot].submit(() -> readAndParse(file, origin));
      inOrder.add(new Pending(origin, result, System.nanoTime() + options.perFileTimeout().toNanos(), slot, notNews));
    }

    void drainAll() {
      while (!inOrder.isEmpty()) drainHead();
    }

    private void drainHead() {
      Pending p = inOrder.poll();
      Records records = await(p);
      if (p.slot >= 0) freeSlots.add(p.slot);
      if (records.notNews != null && records.articles.isEmpty() && records.errors.size() == 1) {
        p.notNews.accept(records.errors.get(0));
        return;
      }
      records.articles.forEach(articles);
      records.errors.forEach(errors);
    }

    private Records await(Pending p) {
      try {
        return p.result.get(Math.max(0, p.deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        p.result.cancel(true);
        slots[p.slot].close();
        slots[p.slot] = null; // a thread stuck in a parser is abandoned; the slot gets a fresh one
        return single(p.origin, "timed out after " + seconds(options.perFileTimeout().toMillis()) + " s");
      } catch (ExecutionException e) {
        return single(p.origin, "failed to read: " + Messages.describe(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        p.result.cancel(true);
        return single(p.origin, "interrupted");
      }
    }

    void close() {
      for (Pending p : inOrder) p.result.cancel(true);
      inOrder.clear();
      for (Worker w : slots) if (w != null) w.close();
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

  /** Runs on a worker: the file's bytes (within the size cap), then its records. */
  private Records readAndParse(Path file, Origin origin) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > options.maxFileBytes()) {
        return single(origin, "file too large: " + Sizes.human(size) + " > " + Sizes.human(options.maxFileBytes()) + " cap");
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return single(origin, "cannot read: " + Messages.describe(e));
    }
    return parseGuarded(origin, bytes);
  }

  /** One daemon thread with a large stack; a file over its time bound abandons it. */
  private static final class Worker {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, "marsad-ingest", WORKER_STACK_BYTES);
      t.setDaemon(true);
      return t;
    });

    Future<Records> submit(java.util.concurrent.Callable<Records> task) {
      return executor.submit(task);
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
}
