package dev.sidecars.formats.internal;

import dev.sidecars.formats.internal.Node.ScalarNode;
import dev.sidecars.model.BuildPatch;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheckPatch;
import dev.sidecars.model.ImagePatch;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.ListPatch;
import dev.sidecars.model.LoggingPatch;
import dev.sidecars.model.MapPatch;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SidecarsPatch;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Tracing;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.WorkloadPatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one section of a Copilot manifest (the root, or {@code environments.<env>}) into a
 * {@link WorkloadPatch} with Copilot's override rules (reference: copilot.md section 3): a
 * scalar replaces, a slice ({@code mount_points}, a sidecar's single {@code port}) replaces
 * whole, string maps and {@code variables}/{@code secrets} upsert by key with each value
 * replaced whole, sidecars deep-merge, and of an either/or pair the side set wins.
 *
 * <p>It records the origin of every element it reads under the model path of that element.
 */
public final class CopilotSections {
  private final Reading reading;
  private final CopilotFields fields;

  /**
   * A section reader.
   *
   * @param reading the source's conversions, warnings and origins
   * @param fields the keys Copilot reads for the manifest's workload type; a section's other
   *     keys are not read (Copilot ignores them, and {@link CopilotKeyCheck} reports them)
   */
  public CopilotSections(Reading reading, CopilotFields fields) {
    this.reading = reading;
    this.fields = fields;
  }

  /**
   * Reads a section.
   *
   * @param section the section's map
   * @param path its path in the file ({@code ""} or {@code environments.prod})
   * @return the section as a patch
   */
  public WorkloadPatch read(Node.MapNode section, String path) {
    Fields f = new Fields(reading, known(section), path);
    WorkloadPatch.Builder workload = WorkloadPatch.builder();
    ContainerPatch.Builder main = ContainerPatch.builder();
    boolean mainTouched = false;

    Optional<Node> image = f.value("image");
    if (image.isPresent()) {
      mainImage(image.get(), f.path("image"), main);
      mainTouched = true;
    }
    mainTouched |= commands(f, main, "main");
    mainTouched |= environment(f, main, "main");
    Optional<Integer> cpu = f.optional("cpu", reading::integer);
    cpu.ifPresent(units -> workload.cpu(Cpu.ofEcsUnits(units)));
    f.value("cpu").ifPresent(n -> reading.origin("cpu", n, f.path("cpu")));
    Optional<Integer> memory = f.optional("memory", reading::integer);
    memory.ifPresent(mib -> workload.memory(Memory.ofMebibytes(mib)));
    f.value("memory").ifPresent(n -> reading.origin("memory", n, f.path("memory")));
    f.optional("platform", this::platform).ifPresent(workload::platform);
    f.value("platform").ifPresent(n -> reading.origin("platform", n, f.path("platform")));
    Optional<Node> storage = f.value("storage");
    if (storage.isPresent()) {
      Fields st = reading.open(storage.get(), f.path("storage"));
      workload.volumes(storage(st));
      Optional<Boolean> readOnly = st.optional("readonly_fs", this::bool);
      if (readOnly.isPresent()) {
        main.readOnlyRootFilesystem(readOnly.get());
        reading.origin("main.readOnlyRootFilesystem", st.value("readonly_fs").get(), st.path("readonly_fs"));
        mainTouched = true;
      }
      st.optional("ephemeral", reading::integer).ifPresent(gib -> workload.ephemeralStorage(Memory.ofGibibytes(gib)));
      st.value("ephemeral").ifPresent(n -> reading.origin("ephemeralStorage", n, st.path("ephemeral")));
    }
    f.value("observability").ifPresent(n -> {
      Fields o = reading.open(n, f.path("observability"));
      o.optional("tracing", (node, p) -> reading.parsed(node, p, Tracing::parse)).ifPresent(workload::tracing);
      o.value("tracing").ifPresent(t -> reading.origin("tracing", t, o.path("tracing")));
    });
    f.value("taskdef_overrides").ifPresent(n -> {
      workload.taskDefinitionOverrides(reading.list(n, f.path("taskdef_overrides"), this::override));
      reading.origin("taskDefinitionOverrides", n, f.path("taskdef_overrides"));
    });
    job(f).ifPresent(workload::job);
    f.value("logging").ifPresent(n -> workload.logging(logging(n, f.path("logging"))));
    f.value("sidecars").ifPresent(n -> workload.sidecars(sidecars(n, f.path("sidecars"))));
    targetContainer(f).ifPresent(workload::targetContainer);
    if (mainTouched) {
      workload.main(main.build());
    }
    return workload.build();
  }

  /**
   * A boolean as go-yaml decodes one into a Go {@code bool}: {@code true}/{@code false}, and
   * YAML 1.1's {@code yes}, {@code no}, {@code on}, {@code off}, {@code y}, {@code n} in their
   * usual cases.
   */
  private boolean bool(Node node, String path) {
    if (node instanceof ScalarNode && ((ScalarNode) node).type() == ScalarNode.Type.STRING) {
      switch (((ScalarNode) node).text()) {
        case "y": case "Y": case "yes": case "Yes": case "YES": case "on": case "On": case "ON":
          return true;
        case "n": case "N": case "no": case "No": case "NO": case "off": case "Off": case "OFF":
          return false;
        default:
          break;
      }
    }
    return reading.bool(node, path);
  }

  /** The section without the top-level keys Copilot does not read for this workload type. */
  private Node.MapNode known(Node.MapNode section) {
    Node.MapNode known = new Node.MapNode(section.line(), section.column());
    section.entries().values().stream().filter(e -> fields.has(e.key())).forEach(e -> known.put(e.key(), e));
    return known;
  }

  private Optional<String> targetContainer(Fields section) {
    for (String lb : List.of("http", "nlb")) {
      Optional<Node> node = section.value(lb);
      if (node.isEmpty() || !(node.get() instanceof Node.MapNode)) {
        continue;
      }
      Fields f = reading.open(node.get(), section.path(lb));
      Optional<Node> snake = f.value("target_container");
      Optional<Node> camel = f.value("targetContainer");
      if (snake.isPresent() && camel.isPresent()) {
        throw reading.error(camel.get(), f.path("targetContainer"),
            "must specify one, not both, of \"target_container\" and \"targetContainer\"");
      }
      String key = snake.isPresent() ? "target_container" : "targetContainer";
      Optional<Node> target = snake.or(() -> camel);
      if (target.isPresent()) {
        reading.origin("targetContainer", target.get(), f.path(key));
        return Optional.of(reading.string(target.get(), f.path(key)));
      }
    }
    return Optional.empty();
  }

  private void mainImage(Node node, String path, ContainerPatch.Builder main) {
    Fields f = reading.open(node, path);
    reading.origin("main.image", node, path);
    imageSides(f, path).ifPresent(main::image);
    imageOrigins(f, "main.image");
    f.value("port").ifPresent(n -> {
      Port port = reading.parsed(n, f.path("port"), Port::parse);
      reading.origin("main.ports[" + port.key() + "]", n, f.path("port"));
      main.ports(ListPatch.replaceWith(List.of(port)));
    });
    f.optional("credentials", reading::string).ifPresent(main::credentials);
    f.value("credentials").ifPresent(n -> reading.origin("main.credentials", n, f.path("credentials")));
    f.value("labels").ifPresent(n -> main.labels(MapPatch.upsertAll(stringMap(n, f.path("labels"), "main.labels"))));
    f.value("depends_on").ifPresent(n -> main.dependsOn(dependsOn(n, f.path("depends_on"), "main.dependsOn")));
    f.value("healthcheck").ifPresent(n -> main.healthCheck(healthCheck(n, f.path("healthcheck"), "main.healthCheck")));
  }

  /** Where the image's location and build came from, each on its own line. */
  private void imageOrigins(Fields f, String modelPath) {
    for (String side : List.of("location", "build")) {
      f.value(side).ifPresent(n -> reading.origin(modelPath + "." + side, n, f.path(side)));
    }
  }

  /** An image reference; a container refuses a blank one, so it is refused here, at its line. */
  private String imageLocation(Node node, String path) {
    String location = reading.string(node, path);
    if (location.isBlank()) {
      throw reading.error(node, path, "the image is blank; give an image reference");
    }
    return location;
  }

  private Optional<ImagePatch> imageSides(Fields f, String path) {
    Optional<Node> build = f.value("build");
    Optional<Node> location = f.value("location");
    if (build.isPresent() && location.isPresent()) {
      throw reading.error(location.get(), f.path("location"),
          "must specify one of \"build\" and \"location\"");
    }
    if (location.isPresent()) {
      return Optional.of(ImagePatch.location(imageLocation(location.get(), f.path("location"))));
    }
    return build.map(n -> build(n, f.path("build")));
  }

  private ImagePatch build(Node node, String path) {
    if (node instanceof ScalarNode) {
      // Copilot: a build string resets the build map (buildArgsOrStringTransformer)
      return ImagePatch.rebuild(BuildPatch.builder().dockerfile(reading.string(node, path)).build());
    }
    Fields f = reading.open(node, path);
    return ImagePatch.build(BuildPatch.builder()
        .dockerfile(f.optional("dockerfile", reading::string))
        .context(f.optional("context", reading::string))
        .target(f.optional("target", reading::string))
        .args(f.optional("args", reading::stringMap).map(MapPatch::<String>upsertAll).orElse(MapPatch.empty()))
        .cacheFrom(f.optional("cache_from", this::stringOrList))
        .build());
  }

  private List<String> stringOrList(Node node, String path) {
    return node instanceof ScalarNode ? List.of(reading.string(node, path)) : reading.strings(node, path);
  }

  private boolean commands(Fields f, ContainerPatch.Builder container, String modelPath) {
    boolean touched = false;
    Optional<Node> entrypoint = f.value("entrypoint");
    if (entrypoint.isPresent()) {
      container.entrypoint(commandLine(entrypoint.get(), f.path("entrypoint"), "entrypoint"));
      reading.origin(modelPath + ".entrypoint", entrypoint.get(), f.path("entrypoint"));
      touched = true;
    }
    Optional<Node> command = f.value("command");
    if (command.isPresent()) {
      container.command(commandLine(command.get(), f.path("command"), "command"));
      reading.origin(modelPath + ".command", command.get(), f.path("command"));
      touched = true;
    }
    return touched;
  }

  private List<String> commandLine(Node node, String path, String field) {
    if (node instanceof ScalarNode) {
      return reading.build(node, path, () -> field.equals("entrypoint")
          ? ContainerPatch.builder().entrypointLine(reading.string(node, path)).build().entrypoint().get()
          : ContainerPatch.builder().commandLine(reading.string(node, path)).build().command().get());
    }
    if (!(node instanceof Node.ListNode)) {
      throw reading.error(node, path, "unable to unmarshal \"" + field + "\" into string or slice of strings");
    }
    return reading.strings(node, path);
  }

  private boolean environment(Fields f, ContainerPatch.Builder container, String modelPath) {
    boolean touched = false;
    Optional<Node> variables = f.value("variables");
    if (variables.isPresent()) {
      container.environment(MapPatch.upsertAll(variables(variables.get(), f.path("variables"), modelPath + ".environment")));
      touched = true;
    }
    Optional<Node> secrets = f.value("secrets");
    if (secrets.isPresent()) {
      container.secrets(MapPatch.upsertAll(secrets(secrets.get(), f.path("secrets"), modelPath + ".secrets")));
      touched = true;
    }
    Optional<Node> envFile = f.value("env_file");
    if (envFile.isPresent()) {
      container.envFile(reading.string(envFile.get(), f.path("env_file")));
      reading.origin(modelPath + ".envFile", envFile.get(), f.path("env_file"));
      touched = true;
    }
    return touched;
  }

  private Map<String, Variable> variables(Node node, String path, String modelPath) {
    Map<String, Variable> values = new LinkedHashMap<>();
    for (Node.Entry entry : reading.mapNode(node, path).entries().values()) {
      String entryPath = path + "." + entry.key();
      Node value = entry.value();
      reading.origin(modelPath + "." + entry.key(), entry.value(), entryPath);
      if (value instanceof Node.MapNode) {
        Fields f = reading.open(value, entryPath);
        String export = f.required("from_cfn", reading::string);
        if (export.isEmpty()) {
          throw reading.error(value, entryPath, "validate \"from_cfn\": name cannot be an empty string");
        }
        values.put(entry.key(), Variable.imported(export));
      } else if (value instanceof ScalarNode) {
        values.put(entry.key(), Variable.plain(
            ((ScalarNode) value).type() == ScalarNode.Type.NULL ? "" : reading.string(value, entryPath)));
      } else {
        throw reading.error(value, entryPath, "unmarshal \"variables\": cannot unmarshal field to a string or into a map"
            + (value instanceof Node.ListNode && ((Node.ListNode) value).fromString().isPresent()
                ? " (Copilot 1.29 and later read the string '" + ((Node.ListNode) value).fromString().get()
                    + "' as a list, for it is a JSON list of strings; a variable's value must be a string)"
                : ""));
      }
    }
    return values;
  }

  private Map<String, SecretRef> secrets(Node node, String path, String modelPath) {
    Map<String, SecretRef> values = new LinkedHashMap<>();
    for (Node.Entry entry : reading.mapNode(node, path).entries().values()) {
      String entryPath = path + "." + entry.key();
      reading.origin(modelPath + "." + entry.key(), entry.value(), entryPath);
      values.put(entry.key(), secret(entry.value(), entryPath));
    }
    return values;
  }

  private SecretRef secret(Node value, String path) {
    if (value instanceof Node.MapNode) {
      Fields f = reading.open(value, path);
      if (f.has("secretsmanager") && f.has("from_cfn")) {
        throw reading.error(value, path, "cannot marshal \"secret\" field to a string or \"secretsmanager\" object");
      }
      if (f.has("secretsmanager")) {
        return SecretRef.secretsManager(f.required("secretsmanager", reading::string));
      }
      return SecretRef.imported(f.required("from_cfn", reading::string));
    }
    if (value instanceof ScalarNode && ((ScalarNode) value).type() != ScalarNode.Type.NULL) {
      return SecretRef.ssm(reading.string(value, path));
    }
    throw reading.error(value, path, "cannot marshal \"secret\" field to a string or \"secretsmanager\" object");
  }

  private Map<String, String> stringMap(Node node, String path, String modelPath) {
    Map<String, String> values = new LinkedHashMap<>();
    reading.origin(modelPath, node, path);
    for (Node.Entry entry : reading.mapNode(node, path).entries().values()) {
      reading.origin(modelPath + "." + entry.key(), entry.value(), path + "." + entry.key());
      values.put(entry.key(), reading.string(entry.value(), path + "." + entry.key()));
    }
    return values;
  }

  private MapPatch<DependencyCondition> dependsOn(Node node, String path, String modelPath) {
    Map<String, DependencyCondition> values = new LinkedHashMap<>();
    for (Node.Entry entry : reading.mapNode(node, path).entries().values()) {
      String entryPath = path + "." + entry.key();
      reading.origin(modelPath + "." + entry.key(), entry.value(), entryPath);
      String text = reading.string(entry.value(), entryPath);
      try {
        values.put(entry.key(), DependencyCondition.parse(text));
      } catch (IllegalArgumentException e) {
        throw reading.error(entry.value(), entryPath,
            "container dependency status must be one of START, COMPLETE, SUCCESS or HEALTHY (got '" + text + "')");
      }
    }
    return MapPatch.upsertAll(values);
  }

  private HealthCheckPatch healthCheck(Node node, String path, String modelPath) {
    Fields f = reading.open(node, path);
    reading.origin(modelPath, node, path);
    reading.fieldOrigins(node, path, modelPath, Map.of());
    return HealthCheckPatch.builder()
        .command(f.optional("command", reading::strings))
        .interval(f.optional("interval", reading::duration))
        .retries(f.optional("retries", reading::integer))
        .timeout(f.optional("timeout", reading::duration))
        .startPeriod(f.optional("start_period", reading::duration))
        .build();
  }

  private Platform platform(Node node, String path) {
    if (node instanceof ScalarNode) {
      return reading.parsed(node, path, Platform::parse);
    }
    Fields f = reading.open(node, path);
    String os = f.required("osfamily", reading::string);
    String arch = f.required("architecture", reading::string);
    return reading.build(node, path, () -> Platform.parse(os + "/" + arch));
  }

  private TaskDefinitionOverride override(Node node, String path) {
    Fields f = reading.open(node, path);
    String rulePath = f.required("path", reading::string);
    Node value = f.value("value").orElseThrow(() -> reading.error(node, path, "a taskdef_overrides rule needs a value"));
    return reading.build(node, path, () -> TaskDefinitionOverride.of(rulePath, reading.plain(value, f.path("value"))));
  }

  private Optional<JobSettings> job(Fields f) {
    JobSettings.Builder job = JobSettings.builder();
    boolean touched = false;
    Optional<Node> on = f.value("on");
    if (on.isPresent()) {
      Fields trigger = reading.open(on.get(), f.path("on"));
      Optional<String> schedule = trigger.optional("schedule", reading::string);
      if (schedule.isPresent()) {
        job.schedule(schedule.get());
        reading.origin("job.schedule", trigger.value("schedule").get(), trigger.path("schedule"));
        touched = true;
      }
    }
    Optional<java.time.Duration> timeout = f.optional("timeout", reading::duration);
    if (timeout.isPresent()) {
      job.timeout(timeout.get());
      reading.origin("job.timeout", f.value("timeout").get(), f.path("timeout"));
      touched = true;
    }
    Optional<Integer> retries = f.optional("retries", reading::integer);
    if (retries.isPresent()) {
      job.retries(retries.get());
      reading.origin("job.retries", f.value("retries").get(), f.path("retries"));
      touched = true;
    }
    return touched ? Optional.of(job.build()) : Optional.empty();
  }

  private ListPatch<Volume> storage(Fields f) {
    ListPatch<Volume> volumes = ListPatch.empty();
    Optional<Node> map = f.value("volumes");
    if (map.isEmpty()) {
      return volumes;
    }
    reading.origin("volumes", map.get(), f.path("volumes"));
    for (Node.Entry entry : reading.mapNode(map.get(), f.path("volumes")).entries().values()) {
      String volumePath = f.path("volumes") + "." + entry.key();
      reading.origin("volumes[" + entry.key() + "]", entry.value(), volumePath);
      reading.fieldOrigins(entry.value(), volumePath, "volumes[" + entry.key() + "]", Map.of());
      Fields v = reading.open(entry.value(), volumePath);
      Volume.Builder volume = Volume.builder().name(entry.key());
      v.optional("path", reading::string).ifPresent(volume::path);
      v.optional("read_only", this::bool).ifPresent(volume::readOnly);
      v.value("efs").flatMap(n -> efs(n, v.path("efs"))).ifPresent(volume::efs);
      volumes = volumes.upsert(volume.build());
    }
    return volumes;
  }

  private Optional<EfsVolume> efs(Node node, String path) {
    if (node instanceof ScalarNode) {
      return bool(node, path) ? Optional.of(EfsVolume.managed()) : Optional.empty();
    }
    Fields f = reading.open(node, path);
    EfsVolume.Builder efs = EfsVolume.builder();
    f.value("id").ifPresent(id -> {
      if (id instanceof Node.MapNode) {
        Fields cfn = reading.open(id, f.path("id"));
        String export = cfn.required("from_cfn", reading::string);
        if (export.isEmpty()) {
          throw reading.error(id, f.path("id"), "validate \"from_cfn\": name cannot be an empty string");
        }
        efs.fileSystemExport(export);
      } else {
        efs.fileSystemId(reading.string(id, f.path("id")));
      }
    });
    f.optional("root_dir", reading::string).ifPresent(efs::rootDirectory);
    f.optional("uid", reading::longInteger).ifPresent(efs::uid);
    f.optional("gid", reading::longInteger).ifPresent(efs::gid);
    f.value("auth").ifPresent(n -> {
      Fields auth = reading.open(n, f.path("auth"));
      auth.optional("iam", this::bool).ifPresent(efs::iam);
      auth.optional("access_point_id", reading::string).ifPresent(efs::accessPointId);
    });
    if ((f.has("uid") || f.has("gid")) && (f.has("id") || f.has("root_dir") || f.has("auth"))) {
      throw reading.error(node, path, "must specify one, not both, of \"uid/gid\" and \"id/root_dir/auth\"");
    }
    return Optional.of(efs.build());
  }

  private LoggingPatch logging(Node node, String path) {
    Fields f = reading.open(node, path);
    reading.origin("logging", node, path);
    reading.fieldOrigins(node, path, "logging", Map.of());
    LoggingPatch.Builder logging = LoggingPatch.builder();
    f.optional("retention", reading::integer).ifPresent(logging::retention);
    f.optional("image", reading::string).ifPresent(logging::image);
    f.value("destination").ifPresent(n -> logging.destination(MapPatch.upsertAll(stringMap(n, f.path("destination"), "logging.destination"))));
    f.optional("enableMetadata", this::bool).ifPresent(logging::enableMetadata);
    f.value("secretOptions").ifPresent(n -> logging.secretOptions(MapPatch.upsertAll(secrets(n, f.path("secretOptions"), "logging.secretOptions"))));
    f.optional("configFilePath", reading::string).ifPresent(logging::configFilePath);
    f.value("variables").ifPresent(n -> logging.variables(MapPatch.upsertAll(variables(n, f.path("variables"), "logging.variables"))));
    f.value("secrets").ifPresent(n -> logging.secrets(MapPatch.upsertAll(secrets(n, f.path("secrets"), "logging.secrets"))));
    f.optional("env_file", reading::string).ifPresent(logging::envFile);
    return logging.build();
  }

  private SidecarsPatch sidecars(Node node, String path) {
    Map<String, ContainerPatch> sidecars = new LinkedHashMap<>();
    reading.origin("sidecars", node, path);
    for (Node.Entry entry : reading.mapNode(node, path).entries().values()) {
      String sidecarPath = path + "." + entry.key();
      String modelPath = "sidecars." + entry.key();
      if (entry.key().isBlank()) {
        throw reading.error(entry, sidecarPath, "a sidecar needs a name, and this one has a blank one");
      }
      reading.origin(modelPath, entry.value(), sidecarPath);
      sidecars.put(entry.key(), sidecar(entry.value(), sidecarPath, modelPath));
    }
    return SidecarsPatch.upsertAll(sidecars);
  }

  private ContainerPatch sidecar(Node node, String path, String modelPath) {
    Fields f = reading.open(node, path);
    ContainerPatch.Builder sidecar = ContainerPatch.builder();
    f.value("port").ifPresent(n -> {
      Port port = reading.parsed(n, f.path("port"), Port::parse);
      if (port.protocol() == dev.sidecars.model.Protocol.SCTP) {
        throw reading.error(n, f.path("port"), "invalid protocol SCTP; valid protocols include TCP and UDP");
      }
      reading.origin(modelPath + ".ports[" + port.key() + "]", n, f.path("port"));
      sidecar.ports(ListPatch.replaceWith(List.of(port)));
    });
    f.value("image").ifPresent(n -> {
      reading.origin(modelPath + ".image", n, f.path("image"));
      if (n instanceof ScalarNode) {
        sidecar.image(ImagePatch.location(imageLocation(n, f.path("image"))));
      } else {
        Fields image = reading.open(n, f.path("image"));
        sidecar.image(imageSides(image, f.path("image"))
            .orElseThrow(() -> reading.error(n, f.path("image"), "validate \"image\": must specify one of \"build\" and \"location\"")));
        imageOrigins(image, modelPath + ".image");
      }
    });
    f.optional("essential", this::bool).ifPresent(sidecar::essential);
    f.value("essential").ifPresent(n -> reading.origin(modelPath + ".essential", n, f.path("essential")));
    f.optional("credentialsParameter", reading::string).ifPresent(sidecar::credentials);
    f.value("credentialsParameter").ifPresent(n -> reading.origin(modelPath + ".credentials", n, f.path("credentialsParameter")));
    environment(f, sidecar, modelPath);
    f.value("mount_points").ifPresent(n -> sidecar.mounts(ListPatch.replaceWith(
        reading.list(n, f.path("mount_points"), (item, itemPath) -> mount(item, itemPath, modelPath)))));
    f.value("labels").ifPresent(n -> sidecar.labels(MapPatch.upsertAll(stringMap(n, f.path("labels"), modelPath + ".labels"))));
    f.value("depends_on").ifPresent(n -> sidecar.dependsOn(dependsOn(n, f.path("depends_on"), modelPath + ".dependsOn")));
    f.value("healthcheck").ifPresent(n -> sidecar.healthCheck(healthCheck(n, f.path("healthcheck"), modelPath + ".healthCheck")));
    commands(f, sidecar, modelPath);
    return sidecar.build();
  }

  private Mount mount(Node node, String path, String modelPath) {
    Fields f = reading.open(node, path);
    String source = f.optional("source_volume", reading::string)
        .orElseThrow(() -> reading.error(node, path, "\"source_volume\" must be specified"));
    String target = f.optional("path", reading::string)
        .orElseThrow(() -> reading.error(node, path, "\"path\" must be specified"));
    reading.origin(modelPath + ".mounts[" + target + "]", node, path);
    return f.optional("read_only", this::bool)
        .map(ro -> Mount.of(source, target, ro))
        .orElseGet(() -> Mount.of(source, target));
  }
}
