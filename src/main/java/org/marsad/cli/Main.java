package org.marsad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code marsad} command line. Adapters only: each subcommand parses input, calls the core, renders. */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Reads Arabic news across outlets: cleans, extracts, groups into events and stories, shows where sources disagree.",
    subcommands = {
      DigestCommand.class,
      DemoCommand.class,
      BenchCommand.class,
      NerCommand.class,
      TrainNerCommand.class,
      SegmentCommand.class,
      AnalyzeCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      AskCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class Main implements Runnable {
  /** Exit codes of every subcommand. */
  public static final int OK = 0, SOME_INPUTS_FAILED = 1, USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'marsad demo' or 'marsad --help'");
  }

  /** Held so the logger (and its level) is not collected: Lucene's start-up notes are not ours to print. */
  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code commandLine().execute(...)} without exiting the JVM. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_INPUTS_FAILED);
    return cl;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"marsad " + (v == null ? "dev" : v)};
    }
  }
}
