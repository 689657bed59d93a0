package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.store.LuceneArticleStore;
import org.marsad.web.Corpus;
import org.marsad.web.MarsadServer;
import org.marsad.web.WatchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad serve [--data DIR] [--port 8080] [--bind 127.0.0.1] [--token T] [--watch DIR]}. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI and the REST API (OpenAPI at /api/openapi.json) over the store. Reads are open; "
        + "writes (POST /api/articles) need the token.")
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Store directory. Default: ~/.marsad/data.")
  Path data;

  @Option(names = "--port", defaultValue = "8080", description = "Port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only).")
  String bind;

  @Option(names = "--token", description = "Token that writes must present. Default: $MARSAD_TOKEN, else a new one printed once.")
  String token;

  @Option(names = "--watch", paramLabel = "DIR", description = "Ingest new files appearing in this folder, each once (remembered across restarts).")
  Path watch;

  /** Released to stop a running server (tests); a real run stops on Ctrl-C. */
  final CountDownLatch stop = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    String writeToken = token != null ? token : System.getenv("MARSAD_TOKEN");
    if (writeToken == null || writeToken.isBlank()) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      writeToken = HexFormat.of().formatHex(random);
      err.println("marsad serve: write token (shown once; set --token or MARSAD_TOKEN to choose one): " + writeToken);
    }
    if (!InetAddress.getByName(bind).isLoopbackAddress()) {
      err.println("marsad serve: warning: listening on " + bind + ", reachable from other machines (reads need no token)");
    }
    Path dir = data != null ? data : LuceneArticleStore.defaultDirectory();
    Corpus corpus;
    try {
      corpus = Corpus.open(dir);
    } catch (IOException e) {
      err.println("marsad serve: " + e.getMessage());
      return Main.SOME_INPUTS_FAILED;
    }
    WatchFolder watcher = null;
    MarsadServer server = null;
    try {
      if (watch != null) watcher = new WatchFolder(corpus, watch, m -> { err.println("marsad serve: " + m); err.flush(); }).start(2000);
      server = MarsadServer.start(corpus, new MarsadServer.Options(bind, port, writeToken, MarsadServer.DEFAULT_MAX_BODY_BYTES));
      Corpus.Snapshot s = corpus.snapshot();
      err.println("marsad serve: " + s.articlesById().size() + " articles, " + s.events().size() + " events; http://"
          + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + server.port() + "/ (API: /api/openapi.json)");
      err.flush();
      // on Ctrl-C the JVM runs this hook and exits when it returns: wait until the store is closed (committed)
      Thread hook = new Thread(() -> {
        stop.countDown();
        try {
          closed.await(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "marsad-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      stop.await();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // already shutting down: the hook is waiting for us
      }
      return Main.OK;
    } catch (IOException | RuntimeException e) {
      err.println("marsad serve: " + e.getMessage());
      return Main.SOME_INPUTS_FAILED;
    } finally {
      try {
        if (watcher != null) watcher.close();
        if (server != null) server.close();
        corpus.close();
      } finally {
        closed.countDown();
      }
    }
  }
}
