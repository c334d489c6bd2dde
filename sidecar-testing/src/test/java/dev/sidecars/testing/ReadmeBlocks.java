package dev.sidecars.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks that a Java block of README.md is a test's code to the letter: the lines between the
 * block's markers, imports aside, are the lines between {@code // readme:start} and
 * {@code // readme:end} in the test's source, and every import the block shows is one of the
 * test's, so the block compiles as shown.
 */
final class ReadmeBlocks {
  private ReadmeBlocks() {}

  static String readme() throws IOException {
    return Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
  }

  static void assertBlockIsTheTestsCode(String marker, Class<?> test) throws IOException {
    String block = between(readme(), "<!-- " + marker + ":start", "<!-- " + marker + ":end");
    List<String> readmeCode = normalize(block.replace("```java\n", "").replace("```\n", ""));
    String source = Files.readString(Path.of("src/test/java/" + test.getName().replace('.', '/') + ".java"),
        StandardCharsets.UTF_8);
    assertThat(readmeCode.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.toList()))
        .isEqualTo(normalize(between(source, "// readme:start", "// readme:end")));
    assertThat(readmeCode.stream().filter(l -> l.startsWith("import "))).isNotEmpty()
        .allSatisfy(i -> assertThat(source).contains(i + "\n"));
  }

  static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from + 1);
    assertThat(from).as("marker " + start).isNotNegative();
    assertThat(to).as("marker " + end).isPositive();
    return text.substring(text.indexOf('\n', from) + 1, to);
  }

  private static List<String> normalize(String code) {
    return Arrays.stream(code.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
