package org.marsad.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.Progress;

/** A server on a free loopback port over the project's samples (plus the hostile sample), digested into a temp store. */
final class ServerFixture implements AutoCloseable {
  static final String TOKEN = "test-token-" + Long.toHexString(System.nanoTime());
  static final Path SAMPLES = Path.of("samples");
  static final Path HOSTILE = Path.of("src/test/resources/org/marsad/samples/hostile.txt");

  final Path data;
  final Corpus corpus;
  final MarsadServer server;
  final HttpClient http = HttpClient.newHttpClient();

  ServerFixture(Path data) throws IOException {
    this.data = data;
    Marsad.digest(new DigestRequest(List.of(SAMPLES), data, null), Progress.NONE);
    this.corpus = Corpus.open(data);
    corpus.ingest(List.of(HOSTILE));
    this.server = MarsadServer.start(corpus, MarsadServer.Options.loopback(0, TOKEN));
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> post(String pathAndQuery, String token, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String hostileText() throws IOException {
    return Files.readString(HOSTILE);
  }

  @Override
  public void close() throws IOException {
    server.close();
    corpus.close();
  }
}
