package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad bench digest|pipeline|text PATH...}: speed as ratios to a baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Speed benchmarks that print ratios to a baseline measured in the same run (times are noise; ratios travel).",
    subcommands = {BenchDigestCommand.class, BenchPipelineCommand.class, BenchTextCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing benchmark: 'marsad bench digest PATH', 'marsad bench pipeline PATH' or 'marsad bench text PATH'");
  }
}
