package org.marsad.text.ar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word-list resources of this package: UTF-8, one entry per line, {@code #} starts a comment, TSV columns
 * split on tabs. Entries are normalised with the standard {@link Normalizer} unless a caller asks for the raw text.
 */
public final class Lexicons {
  private Lexicons() {}

  /** Every resource this package loads; a test loads each. */
  public static final List<String> RESOURCES = List.of(
      "clitic-words.txt", "clitic-names.txt", "clitic-no-split.txt", "clitic-hosts.txt",
      "number-words.tsv", "number-scales.tsv", "number-ordinals.tsv", "currencies.tsv", "percent-words.txt",
      "calendar.tsv", "spelling-variants.tsv");

  /** Raw (unnormalised) rows of a TSV resource; a plain list has one column. */
  public static List<String[]> rawRows(String resource) {
    return rawRows(Lexicons.class, resource);
  }

  /**
   * Raw rows of a resource next to {@code owner}: {@code #} starts a comment anywhere on a line, blank lines are
   * skipped, columns are split on tabs and stripped. Every package's word lists are read through here.
   */
  public static List<String[]> rawRows(Class<?> owner, String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : readLines(owner, resource)) {
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      line = line.strip();
      if (line.isEmpty()) continue;
      String[] cols = line.split("\t");
      for (int i = 0; i < cols.length; i++) cols[i] = cols[i].strip();
      rows.add(cols);
    }
    return rows;
  }

  /**
   * Stripped lines of a resource next to {@code owner}, without blank lines and lines that start with {@code #}
   * (a {@code #} later on the line is kept: for lists whose entries may hold one).
   */
  public static List<String> lines(Class<?> owner, String resource) {
    List<String> out = new ArrayList<>();
    for (String line : readLines(owner, resource)) {
      line = line.strip();
      if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
    }
    return out;
  }

  private static List<String> readLines(Class<?> owner, String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + owner.getPackageName().replace('.', '/') + "/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) lines.add(line);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return lines;
  }

  /** Rows of a TSV resource with every column normalised. */
  public static List<String[]> rows(String resource) {
    List<String[]> rows = rawRows(resource);
    Normalizer n = Normalizer.standard();
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) row[i] = n.normalizeToString(row[i]);
    }
    return rows;
  }

  /** First column of each row, normalised. */
  public static List<String> words(String resource) {
    List<String> out = new ArrayList<>();
    for (String[] row : rows(resource)) out.add(row[0]);
    return out;
  }
}
