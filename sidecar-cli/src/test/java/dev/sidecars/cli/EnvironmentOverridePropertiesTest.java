package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Validating a Copilot manifest for one environment ({@code --env E}) finds what validating the
 * same manifest finds once E's override is merged into its root by hand, by Copilot's rules
 * (copilot.md section 3): maps merge key by key, a list or scalar of the override replaces the
 * root's, a variable's or secret's value is replaced whole, and of an image the side the
 * override sets ({@code location} or {@code build}, a string or a map) wins.
 *
 * <p>The generated manifests hold the faults validation looks for (missing images,
 * dependencies on containers that are not there, health-check retries out of ECS's range,
 * task sizes Fargate does not offer, a port exposed twice), so that the two reports have
 * something to agree on.
 */
class EnvironmentOverridePropertiesTest {
  private static final List<String> SIDECARS = List.of("nginx", "envoy", "xray");
  private static final List<String> CONDITIONS = List.of("start", "healthy", "complete", "success");
  private static final JsonMapper JSON = new JsonMapper();
  private static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER).build();

  @Test
  void validatingAnEnvironmentEqualsValidatingItsOverrideMergedByHand(@TempDir Path dir) {
    qt().withExamples(150).withShrinkCycles(10).forAll(manifests()).checkAssert(manifest -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> environments = (Map<String, Object>) manifest.get("environments");
      for (String environment : environments.keySet()) {
        Path whole = write(dir.resolve("whole.yml"), manifest);
        Path merged = write(dir.resolve("merged.yml"), mergedByHand(manifest, environment));
        List<String> viaEnv = findings(Cli.run("validate", "--output", "json", "--env", environment, whole.toString()));
        List<String> byHand = findings(Cli.run("validate", "--output", "json", merged.toString()));
        assertThat(viaEnv).as(environment + " of\n" + yaml(manifest)).containsExactlyInAnyOrderElementsOf(byHand);
      }
    });
  }

  private static List<String> findings(Cli.Result result) {
    JsonNode report;
    try {
      report = JSON.readTree(result.out());
    } catch (RuntimeException e) {
      throw new AssertionError(result.out() + result.err(), e);
    }
    List<String> findings = new ArrayList<>();
    for (JsonNode violation : report.at("/files/0/violations")) {
      findings.add(violation.get("severity").asString() + " " + violation.get("code").asString() + " "
          + violation.get("message").asString());
    }
    return findings;
  }

  /** The root with one environment's override merged in by Copilot's rules, and no environments. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> mergedByHand(Map<String, Object> manifest, String environment) {
    Map<String, Object> root = new LinkedHashMap<>(manifest);
    Map<String, Object> override = (Map<String, Object>) ((Map<String, Object>) root.remove("environments")).get(environment);
    return (Map<String, Object>) merge(root, override, "");
  }

  @SuppressWarnings("unchecked")
  private static Object merge(Object base, Object override, String path) {
    if (override == null) {
      return base;
    }
    if (!(base instanceof Map) || !(override instanceof Map) || path.matches("(.*\\.)?(variables|secrets)\\.[^.]+")) {
      return override;
    }
    Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) base);
    Map<String, Object> over = (Map<String, Object>) override;
    if (path.equals("image") || path.matches("sidecars\\.[^.]+\\.image")) {
      if (over.containsKey("location")) {
        out.remove("build");
      }
      if (over.containsKey("build")) {
        out.remove("location");
      }
    }
    over.forEach((key, value) -> out.put(key, merge(out.get(key), value, path.isEmpty() ? key : path + "." + key)));
    return out;
  }

  private static Path write(Path file, Map<String, Object> manifest) {
    try {
      return Files.writeString(file, yaml(manifest));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String yaml(Map<String, Object> manifest) {
    return YAML.writeValueAsString(manifest);
  }

  static Gen<Map<String, Object>> manifests() {
    return in -> {
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("name", "api");
      manifest.put("type", chance(in) ? "Load Balanced Web Service" : "Backend Service");
      manifest.putAll(section(in, true));
      Map<String, Object> environments = new LinkedHashMap<>();
      for (String environment : List.of("test", "prod").subList(0, between(in, 1, 2))) {
        environments.put(environment, section(in, false));
      }
      manifest.put("environments", environments);
      return manifest;
    };
  }

  /** A root or an override: each field there or not, the root more often. */
  private static Map<String, Object> section(RandomnessSource in, boolean root) {
    Map<String, Object> section = new LinkedHashMap<>();
    int likely = root ? 3 : 5;
    if (between(in, 0, likely) != 0) {
      // the root sometimes has no image, which an override may give
    } else {
      section.put("image", mainImage(in));
    }
    if (root && !section.containsKey("image") && chance(in)) {
      section.put("image", mainImage(in));
    }
    if (between(in, 0, likely) == 0) {
      int cpu = pick(in, List.of(256, 512, 1024));
      section.put("cpu", cpu);
      section.put("memory", pick(in, List.of(512, 1024, 2048, 4096)));
    }
    if (between(in, 0, likely) == 0) {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(pick(in, List.of("LOG_LEVEL", "DB_NAME")), chance(in) ? "info" : Map.of("from_cfn", "MyDB"));
      section.put("variables", variables);
    }
    if (between(in, 0, likely) == 0) {
      Map<String, Object> secrets = new LinkedHashMap<>();
      secrets.put(pick(in, List.of("DB", "TOKEN")), chance(in) ? "/app/db" : Map.of("secretsmanager", "db/creds"));
      section.put("secrets", secrets);
    }
    if (between(in, 0, root ? 1 : 2) == 0) {
      Map<String, Object> sidecars = new LinkedHashMap<>();
      for (int i = between(in, 1, 2); i > 0; i--) {
        sidecars.put(pick(in, SIDECARS), sidecar(in, root));
      }
      section.put("sidecars", sidecars);
    }
    return section;
  }

  private static Map<String, Object> mainImage(RandomnessSource in) {
    Map<String, Object> image = new LinkedHashMap<>();
    if (chance(in)) {
      image.put("location", "example/api:" + between(in, 1, 3));
    } else {
      image.put("build", "Dockerfile");
    }
    if (chance(in)) {
      image.put("port", pick(in, List.of(80, 8080)));
    }
    if (chance(in)) {
      image.put("depends_on", Map.of(pick(in, SIDECARS), pick(in, CONDITIONS)));
    }
    return image;
  }

  private static Map<String, Object> sidecar(RandomnessSource in, boolean root) {
    Map<String, Object> sidecar = new LinkedHashMap<>();
    if (between(in, 0, root ? 4 : 1) != 0) {
      sidecar.put("image", chance(in) ? "public.ecr.aws/example/" + pick(in, SIDECARS)
          : Map.of(chance(in) ? "location" : "build", chance(in) ? "proxy:1" : "proxy/Dockerfile"));
    }
    if (chance(in)) {
      sidecar.put("port", pick(in, List.of(80, 2000, 8080)) + (chance(in) ? "" : "/udp"));
    }
    if (chance(in)) {
      sidecar.put("essential", chance(in));
    }
    if (chance(in)) {
      sidecar.put("depends_on", Map.of(pick(in, List.of("api", "nginx", "envoy", "xray", "ghost")), pick(in, CONDITIONS)));
    }
    if (chance(in)) {
      Map<String, Object> check = new LinkedHashMap<>();
      if (chance(in)) {
        check.put("command", List.of("CMD-SHELL", "true"));
      }
      check.put("retries", between(in, 0, 12));
      sidecar.put("healthcheck", check);
    }
    if (chance(in)) {
      sidecar.put("labels", Map.of("team", pick(in, List.of("a", "b"))));
    }
    return sidecar;
  }

  private static boolean chance(RandomnessSource in) {
    return between(in, 0, 1) == 1;
  }

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  @Test
  void theHandMergeFollowsCopilotsRules() {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("name", "api");
    manifest.put("image", Map.of("build", "Dockerfile", "port", 80));
    manifest.put("secrets", Map.of("DB", Map.of("from_cfn", "x")));
    manifest.put("sidecars", Map.of("nginx", Map.of("image", "nginx", "labels", Map.of("a", "1"))));
    manifest.put("environments", Map.of("prod", Map.of(
        "image", Map.of("location", "api:2"),
        "secrets", Map.of("DB", Map.of("secretsmanager", "db")),
        "sidecars", Map.of("nginx", Map.of("image", Map.of("build", "nginx/Dockerfile"), "labels", Map.of("b", "2"))))));
    Map<String, Object> merged = mergedByHand(manifest, "prod");
    assertThat(merged.get("image")).isEqualTo(Map.of("location", "api:2", "port", 80));
    assertThat(merged.get("secrets")).isEqualTo(Map.of("DB", Map.of("secretsmanager", "db")));
    assertThat(merged.get("sidecars")).isEqualTo(Map.of("nginx", Map.of("image", Map.of("build", "nginx/Dockerfile"),
        "labels", Map.of("a", "1", "b", "2"))));
    assertThat(merged).doesNotContainKey("environments");
  }

  /** The generator reaches manifests with findings, or the property would be idle. */
  @Test
  void generatedManifestsHaveFindings(@TempDir Path dir) {
    List<Integer> counts = new ArrayList<>();
    qt().withExamples(40).forAll(manifests()).checkAssert(manifest -> counts.add(
        findings(Cli.run("validate", "--output", "json", write(dir.resolve("m.yml"), manifest).toString())).size()));
    assertThat(counts.stream().filter(c -> c > 0).collect(Collectors.toList())).hasSizeGreaterThan(20);
  }
}
