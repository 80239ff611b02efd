package io.github.sla4j.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return of(null, args);
  }

  /** Runs with an extra subcommand, to provoke errors the real commands cannot. */
  static CliRun of(Object extra, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cl = SlaCli.commandLine(outWriter, errWriter);
    if (extra != null) {
      cl.addSubcommand(extra);
      cl.setOut(outWriter);
      cl.setErr(errWriter);
      cl.setExecutionExceptionHandler(cl.getExecutionExceptionHandler());
    }
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
