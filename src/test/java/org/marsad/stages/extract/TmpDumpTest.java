package org.marsad.stages.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.*;
import org.marsad.pipeline.*;
import org.marsad.stages.clean.CleanStage;
import org.marsad.stages.ingest.*;

class TmpDumpTest {
  @Test
  void dump() throws Exception {
    List<Article> raw = new ArrayList<>();
    new Ingestor(IngestOptions.DEFAULTS).ingest(List.of(Path.of("/work/shared/data/ant-corpus-multisource-2018-04/CNN")), raw::add, e -> {});
    Pipeline p = Pipeline.of(new CleanStage(), new NerStage(), new DateStage(), new QuantityStage(), new QuoteStage());
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < raw.size(); i += 53) {
      Article a = p.process(raw.get(i), StageContext.NONE);
      sb.append("== ").append(a.id()).append(" pub=").append(a.meta().published()).append('\n');
      for (Quantity q : a.quantities()) sb.append("Q ").append(q.text()).append(" | ").append(q.value()).append(" ").append(q.unit()).append(" of=").append(q.of()).append("  ctx: ").append(ctx(a, q.span())).append('\n');
      for (DateMention d : a.dates()) sb.append("D ").append(d.text()).append(" | ").append(d.value()).append(" wd=").append(d.weekday()).append("  ctx: ").append(ctx(a, d.span())).append('\n');
      for (Quote q : a.quotes()) sb.append("S [").append(q.speaker()).append("] ").append(q.text(), 0, Math.min(70, q.text().length())).append('\n');
      for (Entity e : a.entities()) if (e.type() == EntityType.PER || e.canonical() != null && !e.canonical().equals(e.text())) sb.append("E ").append(e.type()).append(' ').append(e.text()).append(" → ").append(e.canonical()).append(" | ").append(e.role()).append('\n');
    }
    java.nio.file.Files.writeString(Path.of("/tmp/xdump/out.txt"), sb);
  }

  static String ctx(Article a, Span s) {
    return a.text().substring(Math.max(0, s.start() - 25), Math.min(a.text().length(), s.end() + 25)).replace('\n', ' ');
  }
}
