package org.marsad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.DigestRequest;
import org.marsad.Marsad;
import org.marsad.ask.AskResult;
import org.marsad.model.Article;
import org.marsad.model.Digest;
import org.marsad.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad ask "QUESTION" (--data DIR | PATH...) [--format json|text]} (shared/CONTRACT.md §4). */
@Command(name = "ask", mixinStandardHelpOptions = true,
    description = "Answer a question in Arabic from the corpus, with sources; one answer per value where sources disagree.")
public final class AskCommand implements Callable<Integer> {
  enum Format { json, text }

  @Parameters(index = "0", paramLabel = "QUESTION") String question;

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Files or folders to digest and ask.")
  List<Path> paths = List.of();

  @Option(names = "--data", paramLabel = "DIR", description = "Ask a store made by `marsad digest --data DIR`.")
  Path data;

  @Option(names = "--format", defaultValue = "json", description = "json (CONTRACT.md) or text. Default: ${DEFAULT-VALUE}.")
  Format format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final java.io.PrintStream out;

  public AskCommand() {
    this(System.out);
  }

  /** Writes the answer to {@code out} (tests read it there). */
  public AskCommand(java.io.OutputStream out) {
    this.out = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public Integer call() throws IOException {
    if ((data == null) == paths.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give either --data DIR or one or more PATHs");
    }
    List<Article> articles;
    int exit = Main.OK;
    if (data != null) {
      if (!Files.isDirectory(data)) throw new CommandLine.ParameterException(spec.commandLine(), "no store at " + data);
      try (LuceneArticleStore store = LuceneArticleStore.open(data)) {
        articles = store.all();
      }
    } else {
      Digest digest = Marsad.digest(new DigestRequest(paths, null, null), ProgressBar.forStderr());
      DigestCommand.reportErrors(digest.errors());
      if (!digest.errors().isEmpty()) exit = Main.SOME_INPUTS_FAILED;
      articles = digest.articles();
    }
    AskResult result = Marsad.ask(question, articles);
    if (format == Format.json) writeJson(result, out);
    else writeText(result, out);
    return exit;
  }

  static void writeJson(AskResult r, java.io.PrintStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("question", r.question());
      g.writeStringField("message", r.message());
      g.writeArrayFieldStart("answers");
      for (AskResult.Answer a : r.answers()) {
        g.writeStartObject();
        g.writeStringField("value", a.value());
        g.writeStringField("text", a.text());
        g.writeStringField("holds_for", a.holdsFor());
        g.writeArrayFieldStart("sources");
        for (String s : a.sources()) g.writeString(s);
        g.writeEndArray();
        // beside the contract's fields: each source's outlet (same order) and, for a person, the role a source gives
        g.writeArrayFieldStart("outlets");
        for (String o : a.outlets()) g.writeString(o);
        g.writeEndArray();
        if (a.role() != null) g.writeStringField("role", a.role());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("nearest");
      for (String s : r.nearest()) g.writeString(s);
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }

  private static void writeText(AskResult r, java.io.PrintStream out) {
    if (r.message() != null) out.println(r.message() + (r.nearest().isEmpty() ? "" : "  (أقرب المصادر: " + String.join("، ", r.nearest()) + ")"));
    for (AskResult.Answer a : r.answers()) {
      List<String> cited = new java.util.ArrayList<>();
      for (int i = 0; i < a.sources().size(); i++) {
        String outlet = a.outlets().get(i);
        cited.add(a.sources().get(i) + (outlet == null ? "" : " (" + outlet + ")"));
      }
      out.println(a.value() + (a.role() == null ? "" : "، " + a.role()) + (a.holdsFor() == null ? "" : "  [" + a.holdsFor() + "]")
          + "  ← " + String.join("، ", cited));
      out.println("    " + a.text());
    }
  }
}
