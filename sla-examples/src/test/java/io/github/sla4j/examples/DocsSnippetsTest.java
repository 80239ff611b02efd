package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet in README.md and docs/ must be a tagged region of the compiled examples, so
 * the docs cannot drift from code that compiles and runs.
 */
class DocsSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern TAG = Pattern.compile("//\\s*tag::([\\w-]+)\\[]");
  private static final Pattern FENCE =
      Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL | Pattern.MULTILINE);

  @Test
  void everyJavaSnippetInTheDocs_isATaggedRegionOfTheExamples() throws IOException {
    Map<String, String> regions = taggedRegions();
    assertThat(regions).isNotEmpty();
    List<String> problems = new ArrayList<>();
    int snippets = 0;
    for (Path doc : markdownFiles()) {
      Matcher m = FENCE.matcher(Files.readString(doc));
      while (m.find()) {
        snippets++;
        String snippet = normalize(m.group(1));
        if (!regions.containsValue(snippet)) {
          problems.add(ROOT.relativize(doc) + ":\n" + snippet);
        }
      }
    }
    assertThat(snippets).as("java snippets found in README.md and docs/").isPositive();
    assertThat(problems)
        .as("snippets not copied verbatim from a // tag::name[] region in sla-examples")
        .isEmpty();
  }

  private static Map<String, String> taggedRegions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("sla-examples/src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher tag = TAG.matcher(lines.get(i));
          if (tag.find()) {
            String name = tag.group(1);
            StringBuilder body = new StringBuilder();
            int j = i + 1;
            while (!lines.get(j).contains("end::" + name + "[]")) {
              body.append(lines.get(j)).append('\n');
              j++;
            }
            regions.put(file.getFileName() + "#" + name, normalize(body.toString()));
          }
        }
      }
    }
    return regions;
  }

  private static List<Path> markdownFiles() {
    try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
      List<Path> out = new ArrayList<>(docs.filter(p -> p.toString().endsWith(".md")).toList());
      out.add(ROOT.resolve("README.md"));
      return out;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Removes the common indentation and surrounding blank lines. */
  static String normalize(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String line : lines) {
      sb.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return sb.toString();
  }
}
