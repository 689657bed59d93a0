package org.marsad.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ANT corpus files of the categories we hand-labelled events for, and those labels: one reader for every test
 * and tuning aid that scores events on a labelled day.
 */
public final class AntLabels {
  /** Below the shared folder. */
  public static final String CORPUS = "data/ant-corpus-multisource-2018-04";
  /** The categories the event labels cover. */
  public static final List<String> CATEGORIES = List.of("middleEast", "internationalNews");

  private AntLabels() {}

  /**
   * The files of the labelled categories whose name matches {@code fileName} (e.g. {@code .*-2018040[78]\.txt}),
   * outlet by outlet and category by category, each folder sorted: the order every scorer reads them in.
   */
  public static List<Path> files(Path corpus, Pattern fileName) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> outlets = Files.list(corpus)) {
      for (Path outlet : outlets.filter(Files::isDirectory).sorted().toList()) {
        for (String category : CATEGORIES) {
          Path dir = outlet.resolve(category);
          if (!Files.isDirectory(dir)) continue;
          try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> fileName.matcher(p.getFileName().toString()).matches()).sorted().forEach(out::add);
          }
        }
      }
    }
    return out;
  }

  /** The files of one day, {@code yyyyMMdd}. */
  public static List<Path> filesOfDay(Path corpus, String day) throws IOException {
    return files(corpus, Pattern.compile(".*-" + Pattern.quote(day) + "\\.txt"));
  }

  /**
   * Article id → event key from a label resource on the test class path (absolute, e.g.
   * {@code /org/marsad/eval/ant-2018-04-14-events.tsv}): id TAB key lines, '#' comments.
   *
   * @throws IllegalStateException when the resource is missing, a line is not two columns, or an id comes twice
   */
  public static Map<String, String> read(String resource) throws IOException {
    Map<String, String> labels = new LinkedHashMap<>();
    try (InputStream in = AntLabels.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException(resource + " is not on the test class path");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        if (cols.length != 2) throw new IllegalStateException(resource + ": not id<TAB>event: " + line);
        if (labels.put(cols[0], cols[1]) != null) throw new IllegalStateException(resource + ": label twice for " + cols[0]);
      }
    }
    return labels;
  }
}
