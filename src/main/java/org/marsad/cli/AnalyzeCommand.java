package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.text.ar.CalendarMention;
import org.marsad.text.ar.NumberMention;
import org.marsad.text.ar.Segment;
import org.marsad.text.ar.TextAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code marsad analyze "نص"} or {@code --file F}: tokens, normalised forms, segments, numbers and calendar words. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Shows how marsad reads Arabic text: tokens, normalised forms, clitic segments, numbers, months and weekdays.")
public final class AnalyzeCommand implements Callable<Integer> {
  enum Format { table, json }

  @Parameters(arity = "0..1", paramLabel = "TEXT", description = "the text to analyse")
  String text;

  @Option(names = "--file", paramLabel = "F", description = "read the text from this UTF-8 file instead")
  Path file;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Spec CommandSpec spec;

  private final OutputStream out;

  public AnalyzeCommand() {
    this(System.out);
  }

  public AnalyzeCommand(OutputStream out) {
    this.out = out;
  }

  @Override
  public Integer call() throws IOException {
    if ((text == null) == (file == null)) throw new ParameterException(spec.commandLine(), "give either TEXT or --file F");
    String input;
    try {
      input = text != null ? text : Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      System.err.println("analyze: cannot read " + file + ": " + e.getMessage());
      return 1;
    }
    TextAnalysis a = TextAnalysis.of(input);
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (format == Format.json) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(w, toJson(a));
      w.println();
    } else {
      printTable(a, w);
    }
    w.flush();
    return 0;
  }

  private static Map<String, Object> toJson(TextAnalysis a) {
    List<Map<String, Object>> tokens = new ArrayList<>();
    for (TextAnalysis.AnalysedToken t : a.tokens()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", t.token().text(a.text()));
      m.put("type", t.token().type().name());
      m.put("start", t.token().start());
      m.put("end", t.token().end());
      m.put("normalized", t.normalized());
      if (!t.segments().isEmpty()) m.put("segments", t.segments().stream().map(Segment::form).toList());
      tokens.add(m);
    }
    List<Map<String, Object>> numbers = new ArrayList<>();
    for (NumberMention n : a.numbers()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", n.span().of(a.text()));
      m.put("start", n.span().start());
      m.put("end", n.span().end());
      m.put("value", n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15 ? (Object) (long) n.value() : n.value());
      if (n.unit() != null) m.put("unit", n.unit());
      if (n.currency() != null) m.put("currency", n.currency());
      if (n.ordinal()) m.put("ordinal", true);
      if (n.percent()) m.put("percent", true);
      numbers.add(m);
    }
    List<Map<String, Object>> calendar = new ArrayList<>();
    for (CalendarMention c : a.calendar()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", c.span().of(a.text()));
      m.put("start", c.span().start());
      m.put("end", c.span().end());
      m.put("kind", c.entry().kind().name());
      m.put("value", c.entry().value());
      m.put("label", c.entry().label());
      calendar.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tokens", tokens);
    root.put("numbers", numbers);
    root.put("calendar", calendar);
    return root;
  }

  private static void printTable(TextAnalysis a, PrintWriter w) {
    w.println("start\tend\ttype\ttoken\tnormalized\tsegments");
    for (TextAnalysis.AnalysedToken t : a.tokens()) {
      String segs = t.segments().isEmpty() ? "" : String.join("+", t.segments().stream().map(Segment::form).toList());
      w.printf("%d\t%d\t%s\t%s\t%s\t%s%n", t.token().start(), t.token().end(), t.token().type(), t.token().text(a.text()), t.normalized(), segs);
    }
    if (!a.numbers().isEmpty()) {
      w.println();
      w.println("numbers:");
      for (NumberMention n : a.numbers()) {
        w.printf("%d\t%d\t%s\t= %s%s%s%s%s%n", n.span().start(), n.span().end(), n.span().of(a.text()),
            n.value() == Math.rint(n.value()) ? String.valueOf((long) n.value()) : String.valueOf(n.value()),
            n.currency() != null ? " " + n.currency() : n.unit() != null ? " " + n.unit() : "",
            n.percent() ? " %" : "", n.ordinal() ? " (ordinal)" : "", "");
      }
    }
    if (!a.calendar().isEmpty()) {
      w.println();
      w.println("calendar:");
      for (CalendarMention c : a.calendar()) {
        w.printf("%d\t%d\t%s\t%s %d (%s)%n", c.span().start(), c.span().end(), c.span().of(a.text()), c.entry().kind(), c.entry().value(), c.entry().label());
      }
    }
  }
}
