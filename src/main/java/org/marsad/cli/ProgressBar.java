package org.marsad.cli;

import java.io.PrintStream;
import org.marsad.Progress;

/** A one-line progress bar on stderr; only used when stderr is a terminal (the launcher says so). */
final class ProgressBar implements Progress {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private long lastDrawNanos;
  private String lastStep = "";

  private ProgressBar(PrintStream err) {
    this.err = err;
  }

  /** A bar when stderr is a terminal, else {@link Progress#NONE}. */
  static Progress forStderr() {
    return Boolean.getBoolean("marsad.stderr.tty") ? new ProgressBar(System.err) : Progress.NONE;
  }

  @Override
  public void update(String step, long done, long total) {
    long now = System.nanoTime();
    boolean finished = total >= 0 && done >= total;
    if (!finished && step.equals(lastStep) && now - lastDrawNanos < 100_000_000L) return; // ≤ 10 redraws/s
    lastDrawNanos = now;
    lastStep = step;
    StringBuilder line = new StringBuilder("\r").append(String.format("%-8s", step)).append(' ');
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      line.append('[').append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ");
      line.append(done).append('/').append(total);
    } else {
      line.append(done);
    }
    line.append("\033[K");
    if (finished) line.append('\n');
    err.print(line);
    err.flush();
  }
}
