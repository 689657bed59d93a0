package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.stages.extract.ner.NerTagger;
import org.marsad.stages.extract.ner.SyntheticNews;
import picocli.CommandLine;

class TrainNerCommandTest {
  @Test
  void trainsOnNewsFaneLayoutPrintsDevScoresAndWritesALoadableModel(@TempDir Path dir) throws IOException {
    SyntheticNews.writeNewsFaneStyle(dir, 120, 11);
    Path model = dir.resolve("out/model.bin");
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new TrainNerCommand());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int code = cl.execute("--data", dir.toString(), "--out", model.toString(), "--epochs", "3", "--hash-bits", "14");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("overall").contains("PER").contains("model written to");
    NerTagger tagger = NerTagger.load(model);
    assertThat(tagger.tag(new String[] {"قال", "سامر", "الخطيب", "إن", "الطقس", "معتدل"}))
        .containsExactly("O", "B-PER", "I-PER", "O", "O", "O");
  }

  @Test
  void missingDataIsAUsageError(@TempDir Path dir) {
    CommandLine cl = new CommandLine(new TrainNerCommand());
    cl.setErr(new PrintWriter(new StringWriter()));
    assertThat(cl.execute("--data", dir.resolve("nope").toString(), "--out", dir.resolve("m.bin").toString())).isEqualTo(Main.USAGE);
  }
}
