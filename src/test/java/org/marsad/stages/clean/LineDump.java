package org.marsad.stages.clean;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debug aid, not a test: prints each line's kind and rule for the files given as arguments. */
final class LineDump {
  public static void main(String[] args) throws Exception {
    PageCleaner c = new PageCleaner();
    for (String a : args) {
      String text = Files.readString(Path.of(a));
      System.out.println("=== " + a);
      java.util.List<Line> lines = PageCleaner.split(text);
      java.lang.reflect.Method m = PageCleaner.class.getDeclaredMethod("classify", String.class, Line.class);
      m.setAccessible(true);
      for (Line l : lines) m.invoke(c, text, l);
      for (Line l : lines) System.out.println(l.kind + "/" + l.rule + "\t" + l.words + "\t" + text.substring(l.start, l.end));
      CleanResult r = c.clean(text, null, null);
      System.out.println("title=" + r.title() + " outlet=" + r.outlet() + " author=" + r.author() + " published=" + r.published() + " updated=" + r.updated());
      for (var s : r.body()) System.out.println("  BODY: " + text.substring(s.start(), Math.min(s.end(), s.start() + 80)));
    }
  }
}
