package org.marsad.stages.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.model.Metadata;

/** Throughput bench, not a test: cleans the SaudiNewsNet zips given as arguments several times. */
final class CleanBench {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    for (String a : args) {
      if (Files.isDirectory(Path.of(a))) { // TREC files: the <TEXT> part
        try (var files = Files.walk(Path.of(a))) {
          for (Path p : files.filter(f -> f.toString().endsWith(".txt") && f.getFileName().toString().matches("[A-Z]{2}-.*")).toList()) {
            String raw = Files.readString(p);
            int i = raw.indexOf("<TEXT>"), j = raw.indexOf("</TEXT>");
            if (i >= 0 && j > i) texts.add(raw.substring(i + 6, j));
          }
        }
        continue;
      }
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(a)))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          for (JsonNode n : new ObjectMapper().readTree(in.readAllBytes())) texts.add(n.path("content").asText(""));
        }
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    PageCleaner c = new PageCleaner();
    for (int round = 0; round < 5; round++) {
      long t0 = System.nanoTime();
      for (String t : texts) c.clean(t, Metadata.EMPTY, null);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf("round %d: %.1f M chars/s%n", round, chars / 1e6 / s);
    }
  }
}
