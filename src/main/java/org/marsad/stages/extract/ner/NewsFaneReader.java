package org.marsad.stages.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads NewsFANE gold: UTF-8 with BOM, CRLF, {@code token<TAB>fineTag}; a line of only a TAB (or blank) ends a
 * sentence. Bidi marks on tokens are stripped; tags are mapped to coarse PER/ORG/LOC/MISC.
 */
final class NewsFaneReader {
  private NewsFaneReader() {}

  /** Reads a NewsFANE file, or every {@code *.txt} file holding tab-separated rows under a folder (sorted). */
  static List<NerSentence> read(Path fileOrDir) throws IOException {
    CoarseTagMap map = CoarseTagMap.load();
    List<NerSentence> out = new ArrayList<>();
    if (Files.isDirectory(fileOrDir)) {
      List<Path> files;
      try (Stream<Path> s = Files.list(fileOrDir)) {
        files = s.filter(p -> p.getFileName().toString().startsWith("NewsFANE") && p.toString().endsWith(".txt")).sorted().toList();
      }
      if (files.isEmpty()) throw new IOException("no NewsFANE_*.txt file in " + fileOrDir);
      for (Path f : files) readFile(f, map, out);
    } else {
      readFile(fileOrDir, map, out);
    }
    return out;
  }

  private static void readFile(Path file, CoarseTagMap map, List<NerSentence> out) throws IOException {
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
        int tab = line.indexOf('\t');
        String token = tab < 0 ? line : line.substring(0, tab);
        token = stripMarks(token).strip();
        if (token.isEmpty()) {
          flush(tokens, tags, out);
          continue;
        }
        tokens.add(token);
        tags.add(tab < 0 ? "O" : map.coarse(line.substring(tab + 1)));
      }
    }
    flush(tokens, tags, out);
  }

  private static String stripMarks(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean mark = c == '\u200E' || c == '\u200F' || c == '\uFEFF';
      if (mark && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
      else if (!mark && b != null) b.append(c);
    }
    return b == null ? s : b.toString();
  }

  private static void flush(List<String> tokens, List<String> tags, List<NerSentence> out) {
    if (tokens.isEmpty()) return;
    out.add(new NerSentence(tokens.toArray(String[]::new), NerTags.repair(tags.toArray(String[]::new))));
    tokens.clear();
    tags.clear();
  }
}
