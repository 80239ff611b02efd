package io.github.sla4j.examples.cli;

import io.github.sla4j.policy.SlaPolicy;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options shared by several commands. */
final class Options {

  private Options() {}

  /** {@code --json}: machine-readable output. */
  static final class Json {
    @Option(names = "--json", description = "Print JSON instead of text (see docs/cli.md).")
    boolean json;
  }

  /** {@code --policy FILE}: a support policy in sla4j JSON, or the Threekit policy. */
  static final class Policy {
    @Spec(Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(
        names = "--policy",
        paramLabel = "FILE",
        description =
            "A support policy in sla4j JSON. Default: the built-in Threekit policy with U.S."
                + " federal holidays.")
    Path file;

    SlaPolicy load() {
      if (file == null) {
        return SlaPolicy.threekit();
      }
      return Inputs.readJson(mixee.commandLine(), "--policy", file, SlaPolicy.class, "policy");
    }
  }
}
