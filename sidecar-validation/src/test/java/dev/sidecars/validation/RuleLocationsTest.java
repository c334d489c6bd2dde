package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.NativeManifest;
import dev.sidecars.formats.Sourced;
import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.formats.mia.MiaItem;
import dev.sidecars.model.Origin;
import dev.sidecars.model.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule's finding points at the line of the value it is about: a field inside a block at
 * the field's own line, a block at its first line. In each document the line marked
 * {@code #<} is where the finding must point; every rule code of docs/validation.md has a case.
 */
class RuleLocationsTest {
  private static final String COPILOT = "copilot";
  private static final String NATIVE = "native";
  private static final String MIA = "mia";

  static Stream<Arguments> cases() {
    List<Case> all = new ArrayList<>();
    // dependencies
    all.add(copilot("depends-on.cycle",
        "sidecars:", "  a:", "    image: a:1", "    essential: false", "    depends_on:", "      b: start #<",
        "  b:", "    image: b:1", "    essential: false", "    depends_on:", "      a: start"));
    all.add(copilot("depends-on.essential-condition",
        "sidecars:", "  nginx:", "    image: nginx:1", "    depends_on:", "      api: complete #<"));
    all.add(copilot("depends-on.healthy-without-healthcheck",
        "sidecars:", "  nginx:", "    image: nginx:1", "    depends_on:", "      api: healthy #<"));
    all.add(copilot("depends-on.self",
        "sidecars:", "  nginx:", "    image: nginx:1", "    depends_on:", "      nginx: start #<"));
    all.add(copilot("depends-on.unknown-container",
        "sidecars:", "  nginx:", "    image: nginx:1", "    depends_on:", "      ghost: start #<"));
    // health checks, field by field
    all.add(copilot("healthcheck.command", "  healthcheck:", "    command: [echo, ok] #<"));
    all.add(copilot("healthcheck.interval.range", "  healthcheck:", "    command: [CMD, 'true']", "    interval: 2s #<"));
    all.add(copilot("healthcheck.retries.range", "  healthcheck:", "    command: [CMD, 'true']", "    retries: 20 #<"));
    all.add(copilot("healthcheck.start-period.range", "  healthcheck:", "    command: [CMD, 'true']",
        "    start_period: 400s #<"));
    all.add(copilot("healthcheck.timeout.range", "  healthcheck:", "    command: [CMD, 'true']", "    timeout: 90s #<"));
    all.add(copilot("healthcheck.whole-seconds", "  healthcheck:", "    command: [CMD, 'true']",
        "    interval: 5500ms #<"));
    all.add(copilot("healthcheck.interval.range",
        "sidecars:", "  envoy:", "    image: envoy:1", "    healthcheck:", "      command: [CMD, 'true']",
        "      interval: 1s #<"));
    // images
    all.add(copilot("image.build.absolute-path",
        "sidecars:", "  envoy:", "    image:", "      build: /src/Dockerfile #<"));
    all.add(copilot("image.location-or-build", "sidecars:", "  envoy:", "    port: 9901 #<"));
    all.add(copilot("image.whitespace", "sidecars:", "  envoy:", "    image: 'envoy :1' #<"));
    // names
    all.add(copilot("name.duplicate", "sidecars:", "  api:", "    image: a:1 #<"));
    all.add(copilot("name.ecs-pattern", "sidecars:", "  envoy proxy:", "    image: envoy:1 #<"));
    all.add(mia("name.dns-label", "  name: Proxy_Sidecar #<", "  dockerImage: proxy:1"));
    all.add(nativeWorkload("name.k8s-collision", "main:", "  name: api", "  image: api:1",
        "sidecars:", "- name: gRPC", "  image: grpc:1", "- name: grpc #<", "  image: grpc:2"));
    // environment, secrets, files
    all.add(copilot("env-file.extension", "env_file: ./api.txt #<"));
    all.add(copilot("environment.name", "variables:", "  '': empty #<"));
    all.add(copilot("environment.duplicate", "variables:", "  TOKEN: plain", "secrets:", "  TOKEN: /app/token #<"));
    all.add(copilot("secret.ssm-name", "secrets:", "  TOKEN: 'bad name!' #<"));
    all.add(copilot("secret.secrets-manager", "secrets:", "  TOKEN:", "    secretsmanager: 'bad name!' #<"));
    // mounts and volumes
    all.add(copilot("mount.unknown-volume",
        "sidecars:", "  envoy:", "    image: envoy:1", "    mount_points:", "      - source_volume: ghost #<",
        "        path: /etc/envoy"));
    all.add(copilot("mount.path",
        "storage:", "  volumes:", "    data:", "      path: /data", "      efs: true",
        "sidecars:", "  envoy:", "    image: envoy:1", "    mount_points:", "      - source_volume: data #<",
        "        path: '/etc/en voy'"));
    all.add(nativeWorkload("volumes.duplicate", "volumes:", "- name: data", "- name: data #<",
        "main:", "  name: api", "  image: api:1"));
    all.add(nativeWorkload("mount.duplicate-path",
        "volumes:", "- name: data", "- name: logs",
        "main:", "  name: api", "  image: api:1", "  mounts:", "  - sourceVolume: data", "    path: /data",
        "  - sourceVolume: logs #<", "    path: /data"));
    all.add(copilot("volumes.efs-access-point",
        "storage:", "  volumes:", "    data:", "      path: /data", "      efs:", "        id: fs-1 #<",
        "        root_dir: /data", "        auth:", "          access_point_id: fsap-1"));
    all.add(copilot("volumes.managed-efs",
        "storage:", "  volumes:", "    a: #<", "      path: /a", "      efs: true", "    b:", "      path: /b",
        "      efs: true"));
    // ports
    all.add(copilot("port.duplicate", "  port: 8080", "sidecars:", "  envoy:", "    image: envoy:1", "    port: 8080 #<"));
    all.add(nativeWorkload("port.protocols", "main:", "  name: api", "  image: api:1", "  ports:", "  - 8080/tcp",
        "  - 8080/udp #<"));
    all.add(nativeWorkload("port.protocol", "main:", "  name: api", "  image: api:1", "  ports:", "  - 9000/sctp #<"));
    all.add(mia("port.name", "  name: proxy", "  dockerImage: proxy:1", "  containerPorts:",
        "  - {name: Http_Port, from: 80, to: 8080} #<"));
    // probes and resources
    all.add(mia("probe.handler", "  name: proxy", "  dockerImage: proxy:1", "  defaultProbes:", "    liveness:",
        "      path: / #<", "      port: '8080'", "      cmd: [ls]"));
    all.add(mia("probe.range", "  name: proxy", "  dockerImage: proxy:1", "  defaultProbes:", "    liveness:",
        "      port: '8080'", "      failureThreshold: -1 #<"));
    all.add(mia("probe.range", "  name: proxy", "  dockerImage: proxy:1", "  defaultProbes:", "    readiness:",
        "      port: '8080'", "      timeoutSeconds: -2 #<"));
    all.add(mia("probe.success-threshold", "  name: proxy", "  dockerImage: proxy:1", "  defaultProbes:",
        "    liveness:", "      port: '8080'", "      successThreshold: 2 #<"));
    all.add(mia("resources.min-max", "  name: proxy", "  dockerImage: proxy:1", "  defaultResources:",
        "    cpuLimits:", "      min: 500m #<", "      max: 100m"));
    all.add(mia("resources.ecs-memory", "  name: proxy", "  dockerImage: proxy:1", "  defaultResources:",
        "    memoryLimits:", "      min: 256Mi #<", "      max: 256Mi"));
    all.add(nativeWorkload("resources.task-size", "memory: 512Mi #<",
        "main:", "  name: api", "  image: api:1", "  resources:", "    memoryMax: 1Gi"));
    all.add(copilot("resources.fargate-size", "cpu: 100 #<"));
    all.add(copilot("resources.ephemeral-storage", "storage:", "  ephemeral: 500 #<"));
    all.add(nativeWorkload("resources.fargate-needs-task-size", "cpu: 512m #<",
        "main:", "  name: api", "  image: api:1"));
    // what a target cannot run
    all.add(mia("ecs.unsupported", "  name: proxy", "  dockerImage: proxy:1", "  defaultConfigMaps:",
        "  - name: proxy-config #<", "    mountPath: /etc/proxy"));
    all.add(nativeWorkload("ecs.probe-ignored", "main:", "  name: api", "  image: api:1",
        "  healthCheck:", "    command: [CMD, 'true']", "  livenessProbe:", "    path: / #<", "    port: '8080'"));
    all.add(copilot("kubernetes.unsupported", "sidecars:", "  envoy:", "    image: envoy:1", "    labels:",
        "      team: edge #<"));
    all.add(copilot("logging.windows", "platform: windows/x86_64", "logging:", "  destination: #<",
        "    Name: cloudwatch"));
    all.add(copilot("platform.windows-readonly-fs", "platform: windows/x86_64", "storage:", "  readonly_fs: true #<"));
    // the workload
    all.add(copilot("target-container.unknown", "http:", "  path: /", "  target_container: ghost #<"));
    all.add(copilot("target-container.no-port", "http:", "  path: /", "  target_container: envoy #<",
        "sidecars:", "  envoy:", "    image: envoy:1"));
    all.add(copilot("taskdef-override.forbidden", "taskdef_overrides:", "  - path: Family #<", "    value: other"));
    all.add(copilot("workload.container-limit", tenSidecars()));
    all.add(nativeWorkload("workload.no-essential", "main:", "  name: api", "  image: api:1", "  essential: false #<"));
    all.add(nativeWorkload("workload.rdws-sidecars", "main:", "  name: api", "  image: api:1",
        "sidecars:", "- name: envoy #<", "  image: envoy:1").withType("request-driven-web-service"));
    // a Scheduled Job
    all.add(job("job.schedule", "on:", "  schedule: '' #<"));
    all.add(job("job.timeout", "on:", "  schedule: '@daily'", "timeout: 1500ms #<"));
    all.add(job("job.retries", "on:", "  schedule: '@daily'", "retries: -1 #<"));
    return all.stream().map(Case::arguments);
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("cases")
  void theFindingPointsAtTheMarkedLine(String code, String dialect, String document) {
    int marked = markedLine(document);
    List<Violation> found = validate(dialect, document).violations().stream()
        .filter(v -> v.code().equals(code)).collect(Collectors.toList());
    assertThat(found).as("%s in\n%s", code, numbered(document)).isNotEmpty();
    Violation violation = found.get(0);
    assertThat(violation.location()).as(violation.toString()).isPresent();
    Origin origin = violation.location().get();
    assertThat(origin.line()).as("%s\n%s", violation, numbered(document)).isEqualTo(marked);
    assertThat(origin.column()).isPositive();
  }

  @Test
  void everyCodeOfTheDocumentationHasACase() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "validation.md"));
    Matcher codes = Pattern.compile("(?m)^\\| `([a-z][a-z0-9.-]*)`").matcher(doc);
    Set<String> documented = new TreeSet<>();
    while (codes.find()) {
      documented.add(codes.group(1));
    }
    Set<String> covered = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    assertThat(documented).isNotEmpty();
    assertThat(covered).containsAll(documented);
  }

  private static ValidationReport validate(String dialect, String document) {
    switch (dialect) {
      case COPILOT: {
        CopilotManifest manifest = CopilotManifest.read(document, "manifest.yml");
        return SidecarValidator.all().validate(manifest.workload(), manifest.sources());
      }
      case MIA: {
        MiaItem item = MiaItem.read(document, "item.yaml");
        return SidecarValidator.all().validate(item.template(), item.sources());
      }
      default: {
        Sourced<Workload> read = NativeManifest.create().readWorkloadWithSources(document, "workload.yaml");
        return SidecarValidator.all().validate(read.value(), read.sources());
      }
    }
  }

  private static int markedLine(String document) {
    String[] lines = document.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("#<")) {
        return i + 1;
      }
    }
    throw new AssertionError("no line is marked #< in\n" + document);
  }

  private static String numbered(String document) {
    String[] lines = document.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(String.format("%3d  %s%n", i + 1, lines[i]));
    }
    return out.toString();
  }

  /** A Load Balanced Web Service named api with an image, then the given lines. */
  private static Case copilot(String code, String... lines) {
    List<String> all = new ArrayList<>(List.of("name: api", "type: Load Balanced Web Service", "image:",
        "  location: example/api:1.0"));
    all.addAll(List.of(lines));
    return new Case(code, COPILOT, all);
  }

  private static Case job(String code, String... lines) {
    List<String> all = new ArrayList<>(List.of("name: report", "type: Scheduled Job", "image:",
        "  location: example/report:1.0"));
    all.addAll(List.of(lines));
    return new Case(code, COPILOT, all);
  }

  private static Case mia(String code, String... resources) {
    List<String> all = new ArrayList<>(List.of("name: Proxy", "itemId: proxy", "description: a proxy",
        "type: sidecar", "tenantId: acme", "documentation: {type: externalLink, url: 'https://example.com'}",
        "resources:"));
    all.addAll(List.of(resources));
    return new Case(code, MIA, all);
  }

  private static Case nativeWorkload(String code, String... lines) {
    List<String> all = new ArrayList<>(List.of("apiVersion: sidecars.dev/v1alpha1", "kind: Workload", "name: api",
        "type: backend-service"));
    all.addAll(List.of(lines));
    return new Case(code, NATIVE, all);
  }

  private static String[] tenSidecars() {
    List<String> lines = new ArrayList<>(List.of("sidecars:"));
    for (int i = 0; i < 10; i++) {
      lines.add("  s" + i + ":" + (i == 0 ? " #<" : ""));
      lines.add("    image: s:" + i);
    }
    return lines.toArray(new String[0]);
  }

  private static final class Case {
    private final String code;
    private final String dialect;
    private final List<String> lines;

    Case(String code, String dialect, List<String> lines) {
      this.code = code;
      this.dialect = dialect;
      this.lines = lines;
    }

    Case withType(String type) {
      List<String> changed = new ArrayList<>(lines);
      changed.replaceAll(l -> l.startsWith("type: ") ? "type: " + type : l);
      return new Case(code, dialect, changed);
    }

    Arguments arguments() {
      return Arguments.of(code, dialect, String.join("\n", lines) + "\n");
    }
  }
}
