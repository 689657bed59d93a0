package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad bench digest|pipeline|assign|text|rouge PATH...}: measures against a baseline taken in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks that print ratios to a baseline measured in the same run (times are noise; ratios travel).",
    subcommands = {BenchDigestCommand.class, BenchPipelineCommand.class, BenchAssignCommand.class, BenchTextCommand.class, BenchRougeCommand.class})
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing benchmark: 'marsad bench digest|pipeline|assign|text|rouge PATH'");
  }
}
