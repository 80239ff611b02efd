package io.github.sla4j.examples.cli;

import io.github.sla4j.jackson.SlaModule;
import io.github.sla4j.tracking.SeverityChangeRule;
import java.io.PrintWriter;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code sla} command line: deadlines, case status, month views of business calendars, holiday
 * lists and SVG pictures of a case's clock. See {@code docs/cli.md}.
 *
 * <p>Exit codes: 0 on success, 2 on bad input (one line on stderr naming the argument and what is
 * expected), 1 on an internal error.
 */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    versionProvider = SlaCli.Version.class,
    description = "Support-SLA deadlines, case status and business calendars, computed by sla4j.",
    subcommands = {
      DeadlineCommand.class,
      StatusCommand.class,
      CalendarCommand.class,
      HolidaysCommand.class,
      TimelineCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SlaCli implements Runnable {

  /** Exit code for bad input: a bad option value, a missing or malformed file. */
  public static final int BAD_INPUT = 2;

  /** Exit code for an internal error. */
  public static final int INTERNAL_ERROR = 1;

  @Spec CommandSpec spec;

  /** Creates the top-level command; picocli calls this. */
  public SlaCli() {}

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: expected one of deadline, status, calendar, holidays, timeline");
  }

  /**
   * Runs the command line and exits with its exit code when it is not zero.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the command line in-process.
   *
   * @param out where results go
   * @param err where error messages go
   * @param args the arguments
   * @return the exit code: 0, {@link #BAD_INPUT} or {@link #INTERNAL_ERROR}
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Creates the configured command line: converters for the options' types, one-line error messages
   * and the exit codes.
   *
   * @param out where results go
   * @param err where error messages go
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SlaCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.registerConverter(
        SeverityChangeRule.class, new Converters.EnumConverter<>(SeverityChangeRule.class));
    cl.registerConverter(
        HolidaysCommand.Preset.class, new Converters.EnumConverter<>(HolidaysCommand.Preset.class));
    cl.registerConverter(ZoneId.class, Converters::zone);
    cl.registerConverter(YearMonth.class, Converters::month);
    cl.registerConverter(Year.class, Converters::year);
    cl.registerConverter(Double.class, Converters::fraction);
    cl.setParameterExceptionHandler(SlaCli::badInput);
    cl.setExecutionExceptionHandler(SlaCli::internalError);
    return cl;
  }

  private static int badInput(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String name = cmd.getCommandSpec().qualifiedName();
    cmd.getErr()
        .println(name + ": " + Texts.oneLine(ex.getMessage()) + " (see '" + name + " --help')");
    return BAD_INPUT;
  }

  private static int internalError(Exception ex, CommandLine cmd, ParseResult parsed) {
    cmd.getErr()
        .println(
            cmd.getCommandSpec().qualifiedName()
                + ": internal error: "
                + Texts.oneLine(String.valueOf(ex))
                + " (please report it; run with -Dsla.debug=true for the stack trace)");
    if (Boolean.getBoolean("sla.debug")) {
      ex.printStackTrace(cmd.getErr());
    }
    return INTERNAL_ERROR;
  }

  /** Prints the version of sla4j. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sla " + new SlaModule().version().toString()};
    }
  }
}
