package org.marsad.stages.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.model.Metadata;
import org.marsad.model.Span;

/** Debug aid, not a test: prints SaudiNewsNet articles that lose more than 10% of their text, with what is lost. */
final class LossDump {
  public static void main(String[] args) throws Exception {
    PageCleaner c = new PageCleaner();
    int shown = 0, limit = Integer.parseInt(args[0]);
    for (int k = 1; k < args.length; k++) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(args[k])))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          for (JsonNode n : new ObjectMapper().readTree(in.readAllBytes())) {
            String t = n.path("content").asText("");
            if (t.isBlank()) continue;
            CleanResult r = c.clean(t, Metadata.EMPTY.withTitle(n.path("title").asText(null)), null);
            long kept = 0;
            for (Span s : r.body()) kept += s.length();
            if (kept * 10 >= t.strip().length() * 9L) continue;
            if (shown++ >= limit) return;
            System.out.println("===== " + n.path("source").asText() + " kept " + kept + "/" + t.length() + " pub=" + r.published() + " outlet=" + r.outlet() + " author=" + r.author());
            for (Line l : PageCleaner.split(t)) {
              boolean in2 = false;
              for (Span s : r.body()) if (s.start() < l.end && l.start < s.end()) in2 = true;
              String x = t.substring(l.start, l.end);
              System.out.println((in2 ? "  KEEP " : "  DROP ") + (x.length() > 140 ? x.substring(0, 140) + "…" : x));
            }
          }
        }
      }
    }
  }
}
