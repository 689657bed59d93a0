package org.marsad.stages.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.model.Metadata;

/** Debug aid, not a test: per SaudiNewsNet source, a few found outlets/authors/dates to read by hand. */
final class MetaDump {
  public static void main(String[] args) throws Exception {
    PageCleaner c = new PageCleaner();
    Map<String, Integer> shown = new HashMap<>();
    for (String a : args) {
      try (ZipInputStream in = new ZipInputStream(Files.newInputStream(Path.of(a)))) {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
          for (JsonNode n : new ObjectMapper().readTree(in.readAllBytes())) {
            String t = n.path("content").asText("");
            CleanResult r = c.clean(t, Metadata.EMPTY.withTitle(n.path("title").asText(null)), null);
            if (r.outlet() == null && r.author() == null && r.published() == null) continue;
            String src = n.path("source").asText();
            if (shown.merge(src, 1, Integer::sum) > 4) continue;
            System.out.println(src + " | outlet=" + r.outlet() + " | author=" + r.author() + " | pub=" + r.published() + " | gold author=" + n.path("author").asText());
          }
        }
      }
    }
  }
}
