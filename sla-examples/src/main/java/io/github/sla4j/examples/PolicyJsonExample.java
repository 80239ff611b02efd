package io.github.sla4j.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sla4j.jackson.SlaModule;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes a policy to a JSON file and loads it back with sla4j's Jackson module, the way a service
 * keeps its policy in configuration.
 */
public final class PolicyJsonExample {

  private PolicyJsonExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the file to write the policy to; default a temporary file
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("emea-policy", ".json");
    run(System.out, file);
  }

  /**
   * Saves the EMEA policy of {@link CustomPolicyExample} to a file, loads it and uses it.
   *
   * @param out where to print
   * @param file where to write the policy
   * @return the policy read back
   */
  public static SlaPolicy run(PrintStream out, Path file) {
    try {
      new ObjectMapper()
          .registerModule(new SlaModule())
          .writerWithDefaultPrettyPrinter()
          .writeValue(file.toFile(), CustomPolicyExample.emeaPolicy());
      // tag::policy-json[]
      ObjectMapper mapper = new ObjectMapper().registerModule(new SlaModule());
      SlaPolicy policy = mapper.readValue(file.toFile(), SlaPolicy.class);
      Instant due =
          policy.responseDeadline(
              SupportTier.PREMIER, Severity.URGENT, Instant.parse("2027-03-25T15:00:00Z"));
      // end::policy-json[]
      out.println("Loaded '" + policy.name() + "' from " + file + "; Premier Urgent due " + due);
      return policy;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
