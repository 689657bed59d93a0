package org.marsad.stages.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.marsad.model.Article;
import org.marsad.model.InputError;

/** Runs the ingestor over files and builds test inputs (zip, gzip, WARC) from bytes. */
final class IngestTestSupport {
  private IngestTestSupport() {}

  record Result(List<Article> articles, List<InputError> errors) {
    Article only() {
      if (articles.size() != 1 || !errors.isEmpty()) {
        throw new AssertionError("expected one article, got " + articles.size() + " articles, errors " + errors);
      }
      return articles.get(0);
    }

    InputError onlyError() {
      if (errors.size() != 1 || !articles.isEmpty()) {
        throw new AssertionError("expected one error, got " + articles.size() + " articles, errors " + errors);
      }
      return errors.get(0);
    }
  }

  static Result ingest(IngestOptions options, Path... paths) {
    List<Article> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    new Ingestor(options).ingest(List.of(paths), articles::add, errors::add);
    return new Result(articles, errors);
  }

  static Result ingest(Path... paths) {
    return ingest(IngestOptions.DEFAULTS, paths);
  }

  static Result ingestBytes(Path dir, String name, byte[] bytes) throws IOException {
    return ingest(write(dir, name, bytes));
  }

  static Path write(Path dir, String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  static Path resource(String name) {
    try {
      return Path.of(IngestTestSupport.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] resourceBytes(String name) throws IOException {
    return Files.readAllBytes(resource(name));
  }

  static byte[] zip(String entryName, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(entryName));
      z.write(content);
      z.closeEntry();
    }
    return out.toByteArray();
  }

  static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(content);
    }
    return out.toByteArray();
  }

  /** One WARC/1.0 record with the given headers (without Content-Length) and block. */
  static byte[] warcRecord(String headers, byte[] block) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head = "WARC/1.0\r\n" + headers.replace("\n", "\r\n") + "Content-Length: " + block.length + "\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(block);
    out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  static byte[] httpResponse(String contentType, byte[] body) {
    String head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return out.toByteArray();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}
