package org.marsad.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marsad.model.InputError;

/**
 * Ingests files that appear under a folder, each version once. A file is taken when its size and modification time
 * are the same on two polls in a row (so a file still being copied waits); what was taken is appended to a state file
 * in the data directory ({@value #STATE_FILE}: path, size, mtime), so a restart does not take it again. A changed
 * file (new size or mtime) is a new version and is taken again; the store ignores it if its content is known.
 */
public final class WatchFolder implements Closeable {
  public static final String STATE_FILE = "watch-state.tsv";

  private final Corpus corpus;
  private final Path folder;
  private final Path stateFile;
  private final Consumer<String> log;
  private final Set<String> taken = new HashSet<>();
  private final Map<String, String> seenOnce = new HashMap<>();
  private ScheduledExecutorService timer;

  public WatchFolder(Corpus corpus, Path folder, Consumer<String> log) throws IOException {
    this.corpus = corpus;
    this.folder = folder.toAbsolutePath().normalize();
    this.stateFile = corpus.dataDir().resolve(STATE_FILE);
    this.log = log;
    if (!Files.isDirectory(this.folder)) throw new IOException("watch folder " + this.folder + " is not a directory");
    if (Files.exists(stateFile)) {
      for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) taken.add(line);
      }
    }
  }

  /** Polls every {@code periodMillis} on a daemon thread until closed. */
  public synchronized WatchFolder start(long periodMillis) {
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "marsad-watch");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(() -> {
      try {
        poll();
      } catch (IOException | RuntimeException e) {
        log.accept("watch " + folder + ": " + e.getMessage());
      }
    }, 0, periodMillis, TimeUnit.MILLISECONDS);
    return this;
  }

  /** One look at the folder; returns the files ingested now. */
  public synchronized List<Path> poll() throws IOException {
    List<Path> ready = new ArrayList<>();
    Map<String, String> now = new HashMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        String rel = folder.relativize(f).toString();
        if (rel.isEmpty() || isHidden(rel)) continue;
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(f, BasicFileAttributes.class);
        } catch (IOException e) {
          continue; // vanished between listing and reading
        }
        if (!attrs.isRegularFile()) continue;
        String key = rel.replace('\t', ' ').replace('\n', ' ') + "\t" + attrs.size() + "\t" + attrs.lastModifiedTime().toMillis();
        if (taken.contains(key)) continue;
        now.put(rel, key);
        if (key.equals(seenOnce.get(rel))) ready.add(f);
      }
    }
    seenOnce.clear();
    seenOnce.putAll(now);
    for (Path f : ready) {
      String rel = folder.relativize(f).toString();
      String key = now.get(rel);
      Corpus.IngestReport report = corpus.ingest(List.of(f));
      remember(key);
      seenOnce.remove(rel);
      for (InputError e : report.errors()) log.accept("watch: " + e.file() + ": " + e.error());
      log.accept("watch: " + rel + ": " + report.added().size() + " added, " + report.unchanged().size() + " already stored");
    }
    return ready;
  }

  private static boolean isHidden(String rel) {
    for (String part : rel.split("[/\\\\]")) if (part.startsWith(".") || part.endsWith("~") || part.endsWith(".part")) return true;
    return false;
  }

  private void remember(String key) {
    taken.add(key);
    try (Writer w = Files.newBufferedWriter(stateFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
      w.write(key);
      w.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write watch state " + stateFile + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    if (timer != null) timer.shutdownNow();
  }
}
