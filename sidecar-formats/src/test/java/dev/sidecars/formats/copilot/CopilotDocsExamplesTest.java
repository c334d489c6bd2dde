package dev.sidecars.formats.copilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Platform;
import dev.sidecars.model.WorkloadType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Copilot's own manifests (test resources copilot-docs/, Apache-2.0; the README there says
 * where each is from): its documentation's examples of the five service and job types, its
 * end-to-end tests' manifests and the stack test data without an ECS template. Each reads
 * without an error for its root and every environment it lists, and the only keys it reports
 * as unknown are the three that Copilot itself ignores.
 */
class CopilotDocsExamplesTest {
  private static final Path DOCS = Path.of("src/test/resources/copilot-docs");
  /** The variables the end-to-end tests set in the shell before deploying. */
  private static final Map<String, String> SHELL = Map.of("DOMAINNAME", "example.com", "SSM_NAME", "my-param",
      "TIMENOW", "1700000000", "TAG", "cicdtest", "SECRETS_MANAGER_NAME", "e2e-apprunner-secret");
  /**
   * Keys Copilot ignores in these files, each a mistake of the file: a documentation bug, an
   * {@code http.path} that a Request-Driven Web Service does not have, and an e2e leftover.
   */
  private static final List<String> IGNORED_KEYS = List.of(
      "e2e/e2e__apprunner__front-end.yml:21: 'path' is not a field here; did you mean 'http.healthcheck.path'? "
          + "(Copilot ignores it)",
      "site/developing__addons__environment__L264.yml:4: 'security_groups' is not a field here; did you mean "
          + "'network.vpc.security_groups'? (Copilot ignores it)",
      "e2e/sidecars__hello.yml:40: 'context' is not a field here; did you mean "
          + "'sidecars.<name>.image.build.context'? (Copilot ignores it)");

  static Stream<String> manifests() throws IOException {
    try (Stream<Path> files = Files.walk(DOCS)) {
      return files.filter(p -> p.toString().endsWith(".yml")).map(p -> DOCS.relativize(p).toString())
          .sorted().collect(Collectors.toList()).stream();
    }
  }

  private static CopilotManifest read(String file) {
    return CopilotManifest.reader().application("demo").variables(SHELL).read(DOCS.resolve(file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void readsForTheRootAndEveryEnvironment(String file) {
    if (file.contains("static-site")) {
      ManifestException error = catchThrowableOfType(ManifestException.class, () -> read(file));
      assertThat(error.code()).isEqualTo(CopilotManifest.NO_CONTAINERS);
      return;
    }
    CopilotManifest manifest = read(file);
    assertThat(manifest.workload().name()).isNotBlank();
    for (String environment : manifest.environments()) {
      assertThat(manifest.workload(environment).name()).as(environment).isEqualTo(manifest.workload().name());
      assertThat(manifest.unresolved(environment)).as(environment).isEmpty();
    }
    for (ManifestWarning warning : manifest.warnings()) {
      if (warning.code().equals(ManifestException.UNKNOWN_FIELD)) {
        assertThat(file + ":" + warning.line() + ": " + warning.message()).isIn(IGNORED_KEYS);
      }
    }
  }

  @Test
  void everyIgnoredKeyIsFound() throws IOException {
    List<String> found = new ArrayList<>();
    manifests().filter(f -> !f.contains("static-site")).forEach(file -> read(file).warnings().stream()
        .filter(w -> w.code().equals(ManifestException.UNKNOWN_FIELD))
        .forEach(w -> found.add(file + ":" + w.line() + ": " + w.message())));
    assertThat(found).containsExactlyInAnyOrderElementsOf(IGNORED_KEYS);
  }

  @Test
  void theRequestDrivenWebServiceGetsAppRunnersDefaultsAndItsOverrides() {
    CopilotManifest rdws = read("stack/rdws-manifest.yml");
    assertThat(rdws.workload().type()).isEqualTo(WorkloadType.REQUEST_DRIVEN_WEB_SERVICE);
    assertThat(rdws.workload().cpu()).contains(Cpu.ofEcsUnits(1024));
    assertThat(rdws.workload().memory()).contains(Memory.ofMebibytes(2048));
    assertThat(rdws.workload().platform()).contains(Platform.linuxX86());
    assertThat(rdws.workload().main().command()).contains(List.of("shine", "on", "you"));
    assertThat(rdws.workload("test").main().command()).contains(List.of("crazy", "diamond"));
    assertThat(rdws.workload("test").main().secrets()).containsKeys("my-ssm-secret", "MY_FROM_CFN_SECRET",
        "MY_SECRETS_MANAGER_SECRET");
  }
}
