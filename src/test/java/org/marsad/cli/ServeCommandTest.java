package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void servesOnLoopbackTakesWritesWithTheTokenAndWatchesAFolder(@TempDir Path data, @TempDir Path inbox) throws Exception {
    int port = freePort();
    ServeCommand cmd = new ServeCommand();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(cmd);
    cl.setErr(new PrintWriter(err, true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread t = new Thread(() -> exit.set(cl.execute("--data", data.toString(), "--port", String.valueOf(port),
        "--token", "secret-1", "--watch", inbox.toString())));
    t.start();
    HttpClient http = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + port;
    try {
      HttpResponse<String> health = null;
      for (int i = 0; i < 200 && health == null; i++) {
        try {
          health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException notYet) {
          Thread.sleep(100);
        }
      }
      assertThat(health).isNotNull();
      assertThat(health.body()).contains("\"articles\":0");
      HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/articles?name=note.txt"))
          .header("X-Marsad-Token", "secret-1")
          .POST(HttpRequest.BodyPublishers.ofString("أعلنت البلدية افتتاح مكتبة جديدة في الحي الشرقي يوم السبت.", StandardCharsets.UTF_8))
          .build();
      assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);

      Files.writeString(inbox.resolve("watched.txt"), "أطلقت الوزارة حملة لزراعة ألف شجرة في المدارس خلال الشهر المقبل.");
      boolean seen = false;
      for (int i = 0; i < 150 && !seen; i++) {
        Thread.sleep(100);
        seen = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/watched.txt")).build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
      }
      assertThat(seen).as("watched file ingested").isTrue();
      assertThat(err.toString()).contains("http://127.0.0.1:" + port).doesNotContain("write token (shown once");
    } finally {
      cmd.stop.countDown();
      t.join(30_000);
    }
    assertThat(exit.get()).isZero();
    assertThat(Files.readString(data.resolve("watch-state.tsv"))).startsWith("watched.txt\t");
  }

  @Test
  void aTokenIsGeneratedAndShownOnceWhenNoneIsGiven(@TempDir Path data) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("MARSAD_TOKEN") == null, "MARSAD_TOKEN is set");
    ServeCommand cmd = new ServeCommand();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(cmd);
    cl.setErr(new PrintWriter(err, true));
    AtomicInteger exit = new AtomicInteger(-1);
    Thread t = new Thread(() -> exit.set(cl.execute("--data", data.toString(), "--port", "0")));
    t.start();
    try {
      for (int i = 0; i < 200 && !err.toString().contains("http://"); i++) Thread.sleep(100);
      assertThat(err.toString()).containsPattern("write token \\(shown once[^)]*\\): [0-9a-f]{48}");
    } finally {
      cmd.stop.countDown();
      t.join(30_000);
    }
    assertThat(exit.get()).isZero();
  }
}
