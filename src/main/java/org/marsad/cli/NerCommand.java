package org.marsad.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.stages.extract.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad ner --conll}: CoNLL in, CoNLL out (shared/CONTRACT.md §2). Each input line is a token, optionally
 * followed by a TAB and a gold column that is never read. A blank line, or one holding only whitespace/TABs, ends a
 * sentence and comes out as an empty line. Streams one sentence at a time.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Tags named entities (BIO: PER, ORG, LOC, MISC) in CoNLL input from stdin: token[TAB anything] per line, blank line between sentences.")
public final class NerCommand implements Callable<Integer> {
  /** Longest run of tokens tagged as one sentence; longer runs without a blank line are cut (bounded memory). */
  static final int MAX_SENTENCE = 5_000;

  @Spec CommandSpec spec;

  @Option(names = "--conll", description = "CoNLL input and output (the only format so far).")
  boolean conll;

  @Option(names = "--model", paramLabel = "FILE", description = "A model from `marsad train-ner` instead of the bundled one.")
  Path model;

  @Override
  public Integer call() throws IOException {
    NerTagger tagger = model == null ? NerTagger.load() : NerTagger.load(model);
    Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    int failed = tagConll(tagger, in, out, spec.commandLine().getErr());
    out.flush();
    return failed == 0 ? Main.OK : Main.SOME_INPUTS_FAILED;
  }

  /** Tags CoNLL lines from {@code in} to {@code out}; returns how many sentences failed (they come out as O). */
  static int tagConll(NerTagger tagger, Reader in, Writer out, PrintWriter err) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    List<String> sentence = new ArrayList<>();
    int failed = 0;
    boolean first = true;
    for (String line; (line = r.readLine()) != null; ) {
      if (first && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1);
      first = false;
      int tab = line.indexOf('\t');
      String token = tab < 0 ? line : line.substring(0, tab);
      if (token.isBlank()) {
        failed += flush(tagger, sentence, out, err);
        out.write('\n');
        continue;
      }
      sentence.add(token);
      if (sentence.size() >= MAX_SENTENCE) failed += flush(tagger, sentence, out, err);
    }
    failed += flush(tagger, sentence, out, err);
    return failed;
  }

  private static int flush(NerTagger tagger, List<String> sentence, Writer out, PrintWriter err) throws IOException {
    if (sentence.isEmpty()) return 0;
    String[] tokens = sentence.toArray(String[]::new);
    sentence.clear();
    String[] tags;
    int failed = 0;
    try {
      tags = tagger.tag(tokens);
    } catch (RuntimeException e) {
      err.println("ner: could not tag a sentence starting with '" + tokens[0] + "': " + e);
      tags = new String[tokens.length];
      java.util.Arrays.fill(tags, "O");
      failed = 1;
    }
    for (int i = 0; i < tokens.length; i++) {
      out.write(tokens[i]);
      out.write('\t');
      out.write(tags[i]);
      out.write('\n');
    }
    return failed;
  }
}
