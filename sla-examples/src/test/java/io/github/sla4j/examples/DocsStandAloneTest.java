package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs stand alone: they state each rule themselves and never send a reader to a document or an
 * issue tracker the repository does not hold. The user guide keeps a section on what is not
 * supported.
 */
class DocsStandAloneTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** A citation of a contract outside the repository, or of an issue by number. */
  private static final Pattern CITATION =
      Pattern.compile("\\bSPEC\\b|[Ii]ssues? #?\\d+|Issue: #|\\(#\\d+\\)|\\.\\./shared/");

  @Test
  void docs_citeNothingOutsideTheRepository() throws IOException {
    List<String> citations = new ArrayList<>();
    for (Path doc : docs()) {
      List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = CITATION.matcher(lines.get(i));
        if (m.find()) {
          citations.add(ROOT.relativize(doc) + ":" + (i + 1) + ": " + m.group());
        }
      }
    }
    assertThat(citations).as("citations of things a reader cannot open").isEmpty();
  }

  @Test
  void userGuide_saysWhatIsNotSupported() throws IOException {
    String guide = Files.readString(ROOT.resolve("docs/user-guide.md"), StandardCharsets.UTF_8);
    assertThat(guide).containsPattern("(?m)^## \\d+\\. Limits$");
  }

  private static List<Path> docs() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(ROOT.resolve("README.md"));
    out.add(ROOT.resolve("CHANGELOG.md"));
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).forEach(out::add);
    }
    return out;
  }
}
