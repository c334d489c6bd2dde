package dev.sidecars.cli;

import static dev.sidecars.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that cannot be a manifest: one clear line, exit 2, never a stack trace. */
class BadInputTest {
  @TempDir Path dir;

  private static void refused(Path file, String expected) {
    Cli.Result render = Cli.run("render", "--to", "k8s", file.toString());
    assertThat(render.code()).isEqualTo(2);
    assertThat(render.out()).isEmpty();
    assertThat(render.oneClearLineOnStderr().err()).isEqualTo("sidecar render: " + file + ": " + expected + "\n");
    Cli.Result validate = Cli.run("validate", file.toString());
    assertThat(validate.code()).isEqualTo(2);
    assertThat(validate.err()).isEmpty();
    assertThat(validate.out()).isEqualTo(file + ": error: " + expected + " [file.unreadable]\n1 errors, 0 warnings\n");
  }

  @Test
  void missingFile() {
    refused(dir.resolve("nope.yml"), "no such file; check the path.");
  }

  @Test
  void directoryInsteadOfFile() {
    refused(dir, "is a directory; pass the manifest file inside it.");
  }

  @Test
  void emptyFile() throws IOException {
    refused(Files.writeString(dir.resolve("empty.yml"), "\n  \n"),
        "is empty; expected a Copilot manifest, a Mia-Platform sidecar item or a Sidecars manifest.");
  }

  @Test
  void binaryFile() throws IOException {
    byte[] bytes = new byte[256];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (255 - i);
    }
    refused(Files.write(dir.resolve("image.png"), bytes), "is not UTF-8 text (a NUL byte at offset 255); pass a YAML or JSON manifest.");
    refused(Files.write(dir.resolve("latin1.yml"), "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)),
        "is not UTF-8 text; pass a YAML or JSON manifest.");
  }

  @Test
  void fiftyMegabyteYaml() throws IOException {
    Path big = dir.resolve("big.yml");
    byte[] line = "- name: padding-line-to-make-the-file-large\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("name: api\ntype: Backend Service\nsidecars:\n".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    refused(big, "is 50.0 MB, over the 4 MB limit for a manifest; check that it is the right file.");
  }

  @Test
  void everyReaderErrorIsALineOfItsOwnAndAForgedLineStaysOne() throws IOException {
    Path file = Files.writeString(dir.resolve("two.yaml"), String.join("\n",
        "apiVersion: sidecars.dev/v1alpha1", "kind: Workload", "name: api", "type: backend-service",
        "main:", "  name: api", "  image: example/api:1.0", "  essentail: true", "  \"x\\nsidecar render: forged\": 1", ""));
    Cli.Result render = Cli.run("render", "--to", "k8s", file.toString());
    assertThat(render.code()).isEqualTo(2);
    assertThat(render.err().lines()).hasSize(2).satisfiesExactly(
        first -> assertThat(first).isEqualTo(
            "sidecar render: " + file + ":8:3: main: unknown field 'essentail'; did you mean 'essential'?"),
        second -> assertThat(second).startsWith(
            file + ":9:3: main: unknown field 'x\\u000asidecar render: forged'; known fields: "));
  }

  @Test
  void unknownTarget() {
    Cli.Result result = Cli.run("render", "--to", "nomad", example("copilot/api/manifest.yml"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.oneClearLineOnStderr().err())
        .isEqualTo("sidecar render: unknown --to 'nomad'; expected one of ecs, ecs-cloudformation, k8s.\n");
  }

  @Test
  void unknownOptionAndMissingArgument() {
    Cli.Result option = Cli.run("validate", "--colour", example("copilot/api/manifest.yml"));
    assertThat(option.code()).isEqualTo(2);
    assertThat(option.oneClearLineOnStderr().err()).startsWith("sidecar validate: Unknown option: '--colour'.")
        .endsWith("Run 'sidecar validate --help' for usage.\n");
    Cli.Result missing = Cli.run("render", example("copilot/api/manifest.yml"));
    assertThat(missing.oneClearLineOnStderr().err()).contains("--to");
    assertThat(Cli.run("validate").oneClearLineOnStderr().code()).isEqualTo(2);
  }

  @Test
  void malformedYamlAndJsonPointAtTheirLine() throws IOException {
    Path yaml = Files.writeString(dir.resolve("bad.yml"), "name: api\ntype: Backend Service\nimage: [unclosed\n");
    Cli.Result result = Cli.run("render", "--to", "ecs", yaml.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.oneClearLineOnStderr().err()).startsWith("sidecar render: " + yaml + ":");
    Path json = Files.writeString(dir.resolve("bad.json"), "{\"itemId\": \"x\",\n  \"name\": }\n");
    Cli.Result jsonResult = Cli.run("validate", "--output", "json", json.toString());
    assertThat(jsonResult.code()).isEqualTo(2);
    assertThat(jsonResult.out()).contains("\"code\" : \"manifest.invalid\"").contains("Unexpected character ('}'")
        .contains("\"line\" : 2").contains("\"column\" : 11");
    Path neither = Files.writeString(dir.resolve("worse.json"), "{\"itemId\": [}\n");
    Cli.Result neitherResult = Cli.run("validate", neither.toString());
    assertThat(neitherResult.code()).isEqualTo(2);
    assertThat(neitherResult.out()).startsWith(neither + ":1:13: error: is not valid JSON (Unexpected close marker "
        + "'}': expected ']'); fix the syntax. [manifest.invalid]\n");
  }

  @Test
  void unwritableOutputFile() {
    Cli.Result result = Cli.run("render", "--to", "k8s", "-o", dir.resolve("no/such/dir/out.yaml").toString(),
        example("mia/otel-collector.json"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.oneClearLineOnStderr().err()).contains("out.yaml: cannot be written");
  }
}
