package dev.sidecars.k8s;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.Reading;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.model.Architecture;
import dev.sidecars.model.ConfigFile;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.OperatingSystem;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Kubernetes workload documents into the model (docs/import.md). What the model holds is
 * read with its origin; every other field is one {@value KubernetesWorkloadReader#NOT_MODELLED}
 * warning at its line.
 */
final class WorkloadImport {
  static final Set<String> KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod");
  static final String DEFAULT_CONTAINER = "kubectl.kubernetes.io/default-container";

  private final String source;
  private final Reading reading;
  private final List<ManifestWarning> warnings = new ArrayList<>();
  /** The pod's volumes by name, and what they are. */
  private final Map<String, Node.MapNode> volumes = new LinkedHashMap<>();
  /** Secret volumes a container mounts, which the model's secret mounts stand for. */
  private final Set<String> mountedVolumes = new HashSet<>();
  /** A StatefulSet's claim templates, which its pods mount by name. */
  private final Set<String> claimTemplates = new HashSet<>();
  /** The fields reported as not modelled, with the index of their warning. */
  private final Map<Node.Entry, Integer> unmodelled = new java.util.IdentityHashMap<>();
  /** Volumes and volume mounts the model does not hold, kept whole and appended where the emitter writes the pod. */
  private final List<KeptField> keptItems = new ArrayList<>();
  private final List<Integer> keptItemWarnings = new ArrayList<>();
  /** The file's ConfigMaps whose data are all strings, by name: what a container's ConfigMap mount can be read from. */
  private final Map<String, Map<String, String>> configMaps;

  private WorkloadImport(String source, Map<String, Map<String, String>> configMaps) {
    this.source = source;
    this.reading = new Reading(source);
    this.configMaps = configMaps;
  }

  static boolean recognises(String text) {
    try {
      return new TreeParser("-").parseAll(text, ManifestFormat.detect(text)).stream().anyMatch(WorkloadImport::isWorkload);
    } catch (ManifestException e) {
      return false;
    }
  }

  private static boolean isWorkload(Node document) {
    if (!(document instanceof Node.MapNode)) {
      return false;
    }
    Node.MapNode map = (Node.MapNode) document;
    return map.scalar("apiVersion").filter(v -> !v.startsWith("sidecars.dev/")).isPresent()
        && map.scalar("kind").filter(KINDS::contains).isPresent();
  }

  static List<KubernetesImport> read(String text, String source) {
    List<Node> documents = new TreeParser(source).parseAll(text, ManifestFormat.detect(text));
    Map<String, Map<String, String>> configMaps = configMaps(documents);
    List<KubernetesImport> workloads = new ArrayList<>();
    for (Node document : documents) {
      if (isWorkload(document)) {
        workloads.add(new WorkloadImport(source, configMaps).workload((Node.MapNode) document));
      }
    }
    if (workloads.isEmpty()) {
      Node first = documents.isEmpty() ? null : documents.get(0);
      throw new ManifestException(source, first == null ? 1 : first.line(), first == null ? 1 : first.column(), "",
          "holds no Kubernetes workload: no document is a Deployment, StatefulSet, DaemonSet, Job, CronJob or Pod", null);
    }
    return workloads;
  }

  /** The ConfigMap documents of a file whose {@code data} are all strings (and that have nothing else), by name. */
  private static Map<String, Map<String, String>> configMaps(List<Node> documents) {
    Map<String, Map<String, String>> found = new HashMap<>();
    for (Node document : documents) {
      if (!(document instanceof Node.MapNode)) {
        continue;
      }
      Map<String, Node.Entry> entries = ((Node.MapNode) document).entries();
      Optional<Node> metadata = ((Node.MapNode) document).field("metadata");
      Optional<String> name = metadata.filter(Node.MapNode.class::isInstance)
          .flatMap(m -> ((Node.MapNode) m).scalar("name"));
      Optional<Node> data = ((Node.MapNode) document).field("data");
      if (((Node.MapNode) document).scalar("kind").filter("ConfigMap"::equals).isEmpty() || name.isEmpty()
          || !Set.of("apiVersion", "kind", "metadata", "data").containsAll(entries.keySet())
          || data.isPresent() && !(data.get() instanceof Node.MapNode)) {
        continue;
      }
      Map<String, String> files = new LinkedHashMap<>();
      boolean strings = true;
      for (Node.Entry file : data.map(d -> ((Node.MapNode) d).entries().values()).orElse(List.of())) {
        strings &= file.value() instanceof Node.ScalarNode && ((Node.ScalarNode) file.value()).type() == Node.ScalarNode.Type.STRING;
        files.put(file.key(), file.value() instanceof Node.ScalarNode ? ((Node.ScalarNode) file.value()).text() : "");
      }
      if (strings) {
        found.put(name.get(), files);
      }
    }
    return found;
  }

  private KubernetesImport workload(Node.MapNode document) {
    String kind = document.scalar("kind").orElseThrow();
    Node.MapNode metadata = map(required(document, "metadata", ""), "metadata");
    String name = text(required(metadata, "name", "metadata."), "metadata.name");
    Workload.Builder workload = Workload.builder().name(name)
        .type(kind.equals("Job") || kind.equals("CronJob") ? WorkloadType.SCHEDULED_JOB : WorkloadType.BACKEND_SERVICE);
    reading.origin("name", metadata.entries().get("name").value(), "metadata.name");
    unmodelled(document, "", Set.of("apiVersion", "kind", "metadata", "spec"));
    unmodelled(metadata, "metadata", Set.of("name"));

    Node.MapNode spec = map(required(document, "spec", ""), "spec");
    String podPath;
    Optional<Node.MapNode> podMetadata;
    Node.MapNode pod;
    switch (kind) {
      case "Pod":
        podPath = "spec";
        podMetadata = Optional.of(metadata);
        pod = spec;
        break;
      case "CronJob": {
        String schedule = text(required(spec, "schedule", "spec."), "spec.schedule");
        reading.origin("job.schedule", spec.entries().get("schedule").value(), "spec.schedule");
        Node.MapNode jobTemplate = map(required(spec, "jobTemplate", "spec."), "spec.jobTemplate");
        unmodelled(spec, "spec", Set.of("schedule", "jobTemplate"));
        unmodelled(jobTemplate, "spec.jobTemplate", Set.of("spec"));
        Node.MapNode jobSpec = map(required(jobTemplate, "spec", "spec.jobTemplate."), "spec.jobTemplate.spec");
        workload.job(job(jobSpec, "spec.jobTemplate.spec", Optional.of(schedule)));
        podPath = "spec.jobTemplate.spec.template";
        Node.MapNode template = map(required(jobSpec, "template", "spec.jobTemplate.spec."), podPath);
        podMetadata = template(template, podPath);
        pod = map(required(template, "spec", podPath + "."), podPath + ".spec");
        podPath += ".spec";
        break;
      }
      case "Job": {
        workload.job(job(spec, "spec", Optional.of("none")));
        podPath = "spec.template";
        Node.MapNode template = map(required(spec, "template", "spec."), podPath);
        podMetadata = template(template, podPath);
        pod = map(required(template, "spec", podPath + "."), podPath + ".spec");
        podPath += ".spec";
        break;
      }
      default: {
        unmodelled(spec, "spec", Set.of("template"));
        field(spec, "volumeClaimTemplates").map(n -> list(n, "spec.volumeClaimTemplates")).ifPresent(claims -> {
          for (Node claim : claims.items()) {
            Optional<Node> claimMetadata = claim instanceof Node.MapNode ? field((Node.MapNode) claim, "metadata") : Optional.empty();
            claimMetadata.filter(Node.MapNode.class::isInstance).flatMap(m -> field((Node.MapNode) m, "name"))
                .ifPresent(n -> claimTemplates.add(text(n, "spec.volumeClaimTemplates.metadata.name")));
          }
        });
        podPath = "spec.template";
        Node.MapNode template = map(required(spec, "template", "spec."), podPath);
        podMetadata = template(template, podPath);
        pod = map(required(template, "spec", podPath + "."), podPath + ".spec");
        podPath += ".spec";
        break;
      }
    }
    boolean nativeSidecars = pod(pod, podPath, podMetadata, kind.equals("Pod") ? "metadata" : podPath.replaceFirst("\\.spec$",
        ".metadata"), workload);
    Workload built = reading.build(document, "", workload::build);
    List<KeptField> kept = kept(document, kind, podPath);
    warnings.sort(java.util.Comparator.comparingInt(ManifestWarning::line).thenComparingInt(ManifestWarning::column));
    return new KubernetesImport(kind, built, SourceMap.of(reading.origins()), warnings, nativeSidecars, kept);
  }

  /** A pod template's metadata, whose labels and annotations the model does not hold. */
  private Optional<Node.MapNode> template(Node.MapNode template, String path) {
    unmodelled(template, path, Set.of("spec", "metadata"));
    return field(template, "metadata").map(metadata -> map(metadata, path + ".metadata"));
  }

  private JobSettings job(Node.MapNode spec, String path, Optional<String> schedule) {
    // Kubernetes' default backoff limit, written out: the model's (Copilot's) is no retry
    JobSettings.Builder job = JobSettings.builder().retries(6);
    schedule.ifPresent(job::schedule);
    for (Node.Entry entry : spec.entries().values()) {
      String field = path + "." + entry.key();
      switch (entry.key()) {
        case "activeDeadlineSeconds":
          job.timeout(Duration.ofSeconds(reading.longInteger(entry.value(), field)));
          reading.origin("job.timeout", entry.value(), field);
          break;
        case "backoffLimit":
          job.retries(reading.integer(entry.value(), field));
          reading.origin("job.retries", entry.value(), field);
          break;
        case "template":
          break;
        default:
          notModelled(entry, field);
          break;
      }
    }
    return job.build();
  }

  /**
   * The pod: its containers, init containers, volumes and node selector.
   *
   * @return whether it has native sidecars
   */
  private boolean pod(Node.MapNode pod, String path, Optional<Node.MapNode> podMetadata, String metadataPath,
      Workload.Builder workload) {
    for (Node.Entry entry : pod.entries().values()) {
      String field = path + "." + entry.key();
      switch (entry.key()) {
        case "containers":
        case "initContainers":
          break;
        case "volumes": {
          Node.ListNode list = list(entry.value(), field);
          for (int i = 0; i < list.items().size(); i++) {
            Node.MapNode volume = map(list.items().get(i), field + "[" + i + "]");
            volumes.put(text(required(volume, "name", field + "[" + i + "]."), field + "[" + i + "].name"), volume);
          }
          break;
        }
        case "nodeSelector":
          workload.platform(platform(entry, field));
          break;
        default:
          notModelled(entry, field);
          break;
      }
    }
    Node.ListNode containers = list(required(pod, "containers", path + "."), path + ".containers");
    List<Node.MapNode> regular = new ArrayList<>();
    for (int i = 0; i < containers.items().size(); i++) {
      regular.add(map(containers.items().get(i), path + ".containers[" + i + "]"));
    }
    if (regular.isEmpty()) {
      throw reading.error(containers, path + ".containers", "a pod needs a container");
    }
    Optional<Node.MapNode> annotations = podMetadata.flatMap(m -> field(m, "annotations"))
        .map(n -> map(n, metadataPath + ".annotations"));
    Optional<String> named = annotations.flatMap(a -> field(a, DEFAULT_CONTAINER))
        .map(n -> text(n, metadataPath + ".annotations." + DEFAULT_CONTAINER));
    int main = 0;
    if (named.isPresent()) {
      main = -1;
      for (int i = 0; i < regular.size(); i++) {
        if (field(regular.get(i), "name").map(n -> text(n, "name")).filter(named.get()::equals).isPresent()) {
          main = i;
        }
      }
      if (main < 0) {
        Node annotation = annotations.get().entries().get(DEFAULT_CONTAINER).value();
        throw reading.error(annotation, metadataPath + ".annotations." + DEFAULT_CONTAINER,
            "names the container " + named.get() + ", which the pod does not have");
      }
    }
    if (!podPathIsDocument(metadataPath)) {
      podMetadata.ifPresent(m -> unmodelled(m, metadataPath, Set.of()));
    }

    // init containers run in order, each after the last; the main container after them all
    Map<String, DependencyCondition> started = new LinkedHashMap<>();
    boolean nativeSidecars = false;
    Optional<Node> init = field(pod, "initContainers");
    Map<String, DependencyCondition> previous = Map.of();
    if (init.isPresent()) {
      Node.ListNode list = list(init.get(), path + ".initContainers");
      for (int i = 0; i < list.items().size(); i++) {
        String at = path + ".initContainers[" + i + "]";
        Node.MapNode def = map(list.items().get(i), at);
        boolean always = field(def, "restartPolicy").map(n -> text(n, at + ".restartPolicy")).filter("Always"::equals)
            .isPresent();
        nativeSidecars |= always;
        String name = text(required(def, "name", at + "."), at + ".name");
        Container.Builder c = container(def, at, "sidecars." + name, Set.of("restartPolicy"));
        c.putAllDependsOn(previous);
        if (!always) {
          c.essential(false);
        }
        Container built = reading.build(def, at, c::build);
        DependencyCondition condition = !always ? DependencyCondition.SUCCESS
            : built.startupProbe().isPresent() ? DependencyCondition.HEALTHY : DependencyCondition.START;
        previous = Map.of(name, condition);
        started.put(name, condition);
        workload.addSidecar(built);
      }
    }
    for (int i = 0; i < regular.size(); i++) {
      String at = path + ".containers[" + i + "]";
      Node.MapNode def = regular.get(i);
      String name = text(required(def, "name", at + "."), at + ".name");
      String modelPath = i == main ? "main" : "sidecars." + name;
      Container.Builder c = container(def, at, modelPath, Set.of());
      if (i == main) {
        c.putAllDependsOn(started);
        workload.main(reading.build(def, at, c::build));
      } else {
        workload.addSidecar(reading.build(def, at, c::build));
      }
    }
    volumes.forEach((name, volume) -> {
      if (isEmptyDir(volume)) {
        workload.addVolume(Volume.builder().name(name).build());
        reading.origin("volumes[" + name + "]", volume, path + ".volumes");
        field(volume, "emptyDir").filter(Node.MapNode.class::isInstance).map(Node.MapNode.class::cast)
            .ifPresent(settings -> unmodelled(settings, path + ".volumes." + name + ".emptyDir", Set.of()));
      } else if (!(isSecret(volume) || configMap(volume).isPresent()) || !mountedVolumes.contains(name)) {
        String type = volume.entries().keySet().stream().filter(k -> !k.equals("name")).findFirst().orElse("?");
        warn(volume, path + ".volumes." + name, "the " + type + " volume " + name + " is not modelled: a render leaves it out");
        keepItem(Optional.empty(), "volumes", volume);
      }
    });
    return nativeSidecars;
  }

  /** A Pod's metadata is the document's, whose fields were reported already. */
  private static boolean podPathIsDocument(String metadataPath) {
    return metadataPath.equals("metadata");
  }

  private Platform platform(Node.Entry entry, String path) {
    Node.MapNode map = map(entry.value(), path);
    OperatingSystem os = OperatingSystem.LINUX;
    Architecture arch = Architecture.X86_64;
    for (Node.Entry e : map.entries().values()) {
      String field = path + "." + e.key();
      if (e.key().equals("kubernetes.io/os")) {
        os = text(e.value(), field).equals("windows") ? OperatingSystem.WINDOWS : OperatingSystem.LINUX;
      } else if (e.key().equals("kubernetes.io/arch")) {
        arch = text(e.value(), field).equals("arm64") ? Architecture.ARM64 : Architecture.X86_64;
      } else {
        notModelled(e, field);
      }
    }
    reading.origin("platform", entry.value(), path);
    return Platform.of(os, arch);
  }

  private Container.Builder container(Node.MapNode def, String path, String modelPath, Set<String> handled) {
    // Kubernetes restarts every container alike: each is essential in the model
    Container.Builder c = Container.builder().essential(true);
    reading.origin(modelPath, def, path);
    for (Node.Entry entry : def.entries().values()) {
      String field = path + "." + entry.key();
      Node value = entry.value();
      if (isNull(value)) {
        continue;
      }
      switch (entry.key()) {
        case "name":
          c.name(text(value, field));
          reading.origin(modelPath + ".name", value, field);
          break;
        case "image":
          c.image(text(value, field));
          reading.origin(modelPath + ".image", value, field);
          break;
        case "command":
          c.entrypoint(reading.strings(value, field));
          reading.origin(modelPath + ".entrypoint", value, field);
          break;
        case "args":
          c.command(reading.strings(value, field));
          reading.origin(modelPath + ".command", value, field);
          break;
        case "ports":
          ports(list(value, field), field, modelPath, c);
          break;
        case "env":
          env(list(value, field), field, modelPath, c);
          break;
        case "resources":
          c.resources(resources(map(value, field), field, modelPath + ".resources"));
          break;
        case "volumeMounts":
          mounts(list(value, field), field, modelPath, c, field(def, "name").flatMap(n -> n instanceof Node.ScalarNode
              ? Optional.of(((Node.ScalarNode) n).text()) : Optional.empty()));
          break;
        case "livenessProbe":
          liveness(map(value, field), field, modelPath, c);
          break;
        case "readinessProbe":
          c.readinessProbe(probe(map(value, field), field, modelPath + ".readinessProbe"));
          break;
        case "startupProbe":
          c.startupProbe(probe(map(value, field), field, modelPath + ".startupProbe"));
          break;
        case "securityContext": {
          Node.MapNode security = map(value, field);
          for (Node.Entry e : security.entries().values()) {
            if (e.key().equals("readOnlyRootFilesystem")) {
              c.readOnlyRootFilesystem(reading.bool(e.value(), field + "." + e.key()));
              reading.origin(modelPath + ".readOnlyRootFilesystem", e.value(), field + "." + e.key());
            } else {
              notModelled(e, field + "." + e.key());
            }
          }
          break;
        }
        default:
          if (!handled.contains(entry.key())) {
            notModelled(entry, field);
          }
          break;
      }
    }
    return c;
  }

  private void ports(Node.ListNode list, String path, String modelPath, Container.Builder c) {
    for (int i = 0; i < list.items().size(); i++) {
      String at = path + "[" + i + "]";
      Node.MapNode map = map(list.items().get(i), at);
      Node number = required(map, "containerPort", at + ".");
      int containerPort = reading.integer(number, at + ".containerPort");
      Protocol protocol = field(map, "protocol").map(n -> text(n, at + ".protocol"))
          .map(p -> Protocol.valueOf(p.toUpperCase(Locale.ROOT))).orElse(Protocol.TCP);
      Port port = reading.build(number, at + ".containerPort", () -> Port.of(containerPort, protocol));
      for (Node.Entry entry : map.entries().values()) {
        if (entry.key().equals("name")) {
          port = port.named(text(entry.value(), at + ".name"));
        } else if (!entry.key().equals("containerPort") && !entry.key().equals("protocol")) {
          notModelled(entry, at + "." + entry.key());
        }
      }
      c.addPort(port);
      reading.origin(modelPath + ".ports[" + port.key() + "]", map, at);
    }
  }

  private void env(Node.ListNode list, String path, String modelPath, Container.Builder c) {
    for (int i = 0; i < list.items().size(); i++) {
      String at = path + "[" + i + "]";
      Node.MapNode map = map(list.items().get(i), at);
      String name = text(required(map, "name", at + "."), at + ".name");
      Optional<Node> from = field(map, "valueFrom");
      if (from.isEmpty()) {
        String value = field(map, "value").map(n -> scalarText(n, at + ".value")).orElse("");
        c.putEnvironment(name, Variable.plain(value));
        reading.origin(modelPath + ".environment." + name, map, at);
        continue;
      }
      Node.MapNode source = map(from.get(), at + ".valueFrom");
      Optional<Node> configMap = field(source, "configMapKeyRef");
      Optional<Node> secret = field(source, "secretKeyRef");
      Optional<Node> fieldRef = field(source, "fieldRef");
      if (configMap.isPresent()) {
        Node.MapNode ref = map(configMap.get(), at + ".valueFrom.configMapKeyRef");
        c.putEnvironment(name, Variable.fromConfigMap(text(required(ref, "name", at + ".valueFrom.configMapKeyRef."), at),
            text(required(ref, "key", at + ".valueFrom.configMapKeyRef."), at)));
        reading.origin(modelPath + ".environment." + name, map, at);
      } else if (secret.isPresent()) {
        Node.MapNode ref = map(secret.get(), at + ".valueFrom.secretKeyRef");
        c.putSecret(name, SecretRef.kubernetes(text(required(ref, "name", at + ".valueFrom.secretKeyRef."), at),
            text(required(ref, "key", at + ".valueFrom.secretKeyRef."), at)));
        reading.origin(modelPath + ".secrets." + name, map, at);
      } else if (fieldRef.isPresent()) {
        Node.MapNode ref = map(fieldRef.get(), at + ".valueFrom.fieldRef");
        c.putEnvironment(name, Variable.fromField(text(required(ref, "fieldPath", at + ".valueFrom.fieldRef."), at)));
        reading.origin(modelPath + ".environment." + name, map, at);
      } else {
        notModelled(map.entries().get("valueFrom"), at + ".valueFrom");
      }
    }
  }

  private Resources resources(Node.MapNode map, String path, String modelPath) {
    Resources.Builder r = Resources.builder();
    for (Node.Entry entry : map.entries().values()) {
      String field = path + "." + entry.key();
      boolean limits = entry.key().equals("limits");
      if (!limits && !entry.key().equals("requests")) {
        notModelled(entry, field);
        continue;
      }
      for (Node.Entry quantity : map(entry.value(), field).entries().values()) {
        String at = field + "." + quantity.key();
        String text = scalarText(quantity.value(), at);
        if (quantity.key().equals("cpu")) {
          Cpu cpu = reading.parsed(quantity.value(), at, t -> Cpu.parseKubernetes(text));
          if (limits) {
            r.cpuMax(cpu);
          } else {
            r.cpuMin(cpu);
          }
          reading.origin(modelPath + (limits ? ".cpuMax" : ".cpuMin"), quantity.value(), at);
        } else if (quantity.key().equals("memory")) {
          Memory memory = reading.parsed(quantity.value(), at, t -> Memory.parseKubernetes(text));
          if (limits) {
            r.memoryMax(memory);
          } else {
            r.memoryMin(memory);
          }
          reading.origin(modelPath + (limits ? ".memoryMax" : ".memoryMin"), quantity.value(), at);
        } else {
          notModelled(quantity, at);
        }
      }
    }
    return r.build();
  }

  private void mounts(Node.ListNode list, String path, String modelPath, Container.Builder c, Optional<String> container) {
    for (int i = 0; i < list.items().size(); i++) {
      String at = path + "[" + i + "]";
      Node.MapNode map = map(list.items().get(i), at);
      String volume = text(required(map, "name", at + "."), at + ".name");
      String mountPath = text(required(map, "mountPath", at + "."), at + ".mountPath");
      boolean readOnly = field(map, "readOnly").map(n -> reading.bool(n, at + ".readOnly")).orElse(false);
      for (Node.Entry entry : map.entries().values()) {
        if (!Set.of("name", "mountPath", "readOnly").contains(entry.key())) {
          notModelled(entry, at + "." + entry.key());
        }
      }
      Node.MapNode definition = volumes.get(volume);
      if (definition == null && claimTemplates.contains(volume)) {
        warn(map, at, "the mount of the volume claim template " + volume + " is not modelled: a render leaves it out");
        continue;
      }
      if (definition == null) {
        throw reading.error(map, at + ".name", "names the volume " + volume + ", which the pod does not have");
      }
      if (isEmptyDir(definition)) {
        c.addMount(Mount.of(volume, mountPath, readOnly));
        reading.origin(modelPath + ".mounts[" + mountPath + "]", map, at);
      } else if (configMap(definition).isPresent() && configMaps.containsKey(configMap(definition).get())
          && field(map, "subPath").isEmpty()) {
        String name = configMap(definition).get();
        ConfigMap.Builder configMap = ConfigMap.builder().name(name).mountPath(mountPath);
        configMaps.get(name).forEach((file, content) -> configMap.addFiles(ConfigFile.of(file, content)));
        c.addConfigMap(reading.build(map, at, configMap::build));
        mountedVolumes.add(volume);
        reading.origin(modelPath + ".configMaps[" + name + "]", map, at);
      } else if (isSecret(definition)) {
        Node.MapNode secretMap = (Node.MapNode) definition.entries().get("secret").value();
        c.addSecretMount(SecretMount.of(text(field(secretMap, "secretName").get(), at), mountPath));
        mountedVolumes.add(volume);
        reading.origin(modelPath + ".secretMounts[" + mountPath + "]", map, at);
      } else {
        String type = definition.entries().keySet().stream().filter(k -> !k.equals("name")).findFirst().orElse("?");
        warn(map, at, "the mount of the " + type + " volume " + volume + " is not modelled: a render leaves it out");
        keepItem(container, "volumeMounts", map);
      }
    }
  }

  /** A volume the model holds: an {@code emptyDir} (also one with no source, which is one). */
  private static boolean isEmptyDir(Node.MapNode volume) {
    return field(volume, "emptyDir").isPresent() || volume.entries().keySet().stream().allMatch(k -> k.equals("name"));
  }

  /** The ConfigMap a volume is, when it is one ConfigMap with nothing else set ({@code items}, {@code defaultMode}). */
  private static Optional<String> configMap(Node.MapNode volume) {
    Node.Entry configMap = volume.entries().get("configMap");
    if (configMap == null || !(configMap.value() instanceof Node.MapNode)
        || ((Node.MapNode) configMap.value()).entries().size() != 1) {
      return Optional.empty();
    }
    return ((Node.MapNode) configMap.value()).scalar("name");
  }

  /** A volume of one Secret, which a secret mount of the model stands for. */
  private static boolean isSecret(Node.MapNode volume) {
    Node.Entry secret = volume.entries().get("secret");
    return secret != null && secret.value() instanceof Node.MapNode && field((Node.MapNode) secret.value(), "secretName").isPresent()
        && ((Node.MapNode) secret.value()).entries().size() == 1;
  }

  /** An exec liveness probe is a health check, as the emitter writes one; any other stays a probe. */
  private void liveness(Node.MapNode map, String path, String modelPath, Container.Builder c) {
    Optional<Node> exec = field(map, "exec");
    if (exec.isEmpty()) {
      c.livenessProbe(probe(map, path, modelPath + ".livenessProbe"));
      return;
    }
    List<String> argv = reading.strings(required(map(exec.get(), path + ".exec"), "command", path + ".exec."),
        path + ".exec.command");
    List<String> command = new ArrayList<>();
    if (argv.size() == 3 && argv.get(0).equals("sh") && argv.get(1).equals("-c")) {
      command.add("CMD-SHELL");
      command.add(argv.get(2));
    } else {
      command.add("CMD");
      command.addAll(argv);
    }
    // Kubernetes' defaults, written out
    HealthCheck.Builder check = HealthCheck.builder().command(command).interval(Duration.ofSeconds(10))
        .timeout(Duration.ofSeconds(1)).retries(3).startPeriod(Duration.ZERO);
    reading.origin(modelPath + ".healthCheck", map, path);
    for (Node.Entry entry : map.entries().values()) {
      String field = path + "." + entry.key();
      switch (entry.key()) {
        case "periodSeconds":
          check.interval(Duration.ofSeconds(reading.longInteger(entry.value(), field)));
          reading.origin(modelPath + ".healthCheck.interval", entry.value(), field);
          break;
        case "timeoutSeconds":
          check.timeout(Duration.ofSeconds(reading.longInteger(entry.value(), field)));
          reading.origin(modelPath + ".healthCheck.timeout", entry.value(), field);
          break;
        case "failureThreshold":
          check.retries(reading.integer(entry.value(), field));
          reading.origin(modelPath + ".healthCheck.retries", entry.value(), field);
          break;
        case "initialDelaySeconds":
          check.startPeriod(Duration.ofSeconds(reading.longInteger(entry.value(), field)));
          reading.origin(modelPath + ".healthCheck.startPeriod", entry.value(), field);
          break;
        case "exec":
          break;
        default:
          notModelled(entry, field);
          break;
      }
    }
    c.healthCheck(check.build());
  }

  private Probe probe(Node.MapNode map, String path, String modelPath) {
    Probe.Builder probe = Probe.builder();
    reading.origin(modelPath, map, path);
    for (Node.Entry entry : map.entries().values()) {
      String field = path + "." + entry.key();
      Node value = entry.value();
      switch (entry.key()) {
        case "httpGet": {
          Node.MapNode http = map(value, field);
          probe.path(field(http, "path").map(n -> text(n, field + ".path")).orElse("/"));
          probe.port(scalarText(required(http, "port", field + "."), field + ".port"));
          http.entries().values().stream().filter(e -> !e.key().equals("path") && !e.key().equals("port"))
              .forEach(e -> notModelled(e, field + "." + e.key()));
          break;
        }
        case "tcpSocket": {
          Node.MapNode tcp = map(value, field);
          probe.port(scalarText(required(tcp, "port", field + "."), field + ".port"));
          tcp.entries().values().stream().filter(e -> !e.key().equals("port")).forEach(e -> notModelled(e, field + "." + e.key()));
          break;
        }
        case "exec":
          probe.command(reading.strings(required(map(value, field), "command", field + "."), field + ".command"));
          break;
        case "initialDelaySeconds":
          probe.initialDelay(Duration.ofSeconds(reading.longInteger(value, field)));
          break;
        case "periodSeconds":
          probe.period(Duration.ofSeconds(reading.longInteger(value, field)));
          break;
        case "timeoutSeconds":
          probe.timeout(Duration.ofSeconds(reading.longInteger(value, field)));
          break;
        case "successThreshold":
          probe.successThreshold(reading.integer(value, field));
          break;
        case "failureThreshold":
          probe.failureThreshold(reading.integer(value, field));
          break;
        default:
          notModelled(entry, field);
          break;
      }
    }
    return reading.build(map, path, probe::build);
  }

  /** Every key of a map but the handled ones is not modelled. */
  private void unmodelled(Node.MapNode map, String path, Set<String> handled) {
    for (Node.Entry entry : map.entries().values()) {
      if (!handled.contains(entry.key())) {
        notModelled(entry, path.isEmpty() ? entry.key() : path + "." + entry.key());
      }
    }
  }

  private void notModelled(Node.Entry entry, String path) {
    unmodelled.put(entry, warnings.size());
    warn(entry.value(), path, path + " is not modelled: a render leaves it out");
  }

  /** Keeps a volume or volume mount whole, to append where the emitter writes the pod's or the container's. */
  private void keepItem(Optional<String> container, String list, Node.MapNode item) {
    keptItems.add(new KeptField(KeptField.Anchor.POD, container, List.of(list), plain(item), true));
    keptItemWarnings.add(warnings.size() - 1);
  }

  /**
   * The fields reported as not modelled that a render can write back: those of the pod and its
   * containers (not inside a list of theirs), of the pod template's metadata (labels and
   * annotations key by key, beside the emitter's), and of the workload object when the emitter
   * writes one of the document's kind. Their warnings say so.
   */
  private List<KeptField> kept(Node.MapNode document, String kind, String podPath) {
    List<Object> pod = new ArrayList<>(List.of((Object[]) podPath.split("\\.")));
    List<Object> podMetadata = kind.equals("Pod") ? List.of("metadata")
        : new ArrayList<>(pod.subList(0, pod.size() - 1));
    if (!kind.equals("Pod")) {
      podMetadata.add("metadata");
    }
    boolean sameKind = Set.of("Deployment", "Job", "CronJob").contains(kind);
    List<KeptField> kept = new ArrayList<>();
    walk(document, new ArrayList<>(), (trail, entry) -> {
      Optional<KeptField.Anchor> anchor = Optional.empty();
      Optional<String> container = Optional.empty();
      List<Object> rest = trail;
      if (startsWith(trail, pod)) {
        anchor = Optional.of(KeptField.Anchor.POD);
        rest = trail.subList(pod.size(), trail.size());
        if (rest.size() > 2 && (rest.get(0).equals("containers") || rest.get(0).equals("initContainers"))
            && rest.get(1) instanceof Integer) {
          container = containerName(document, trail.subList(0, pod.size() + 2));
          rest = rest.subList(2, rest.size());
        }
      } else if (startsWith(trail, podMetadata)) {
        anchor = Optional.of(KeptField.Anchor.POD_METADATA);
        rest = trail.subList(podMetadata.size(), trail.size());
      } else if (sameKind) {
        anchor = Optional.of(KeptField.Anchor.WORKLOAD);
      }
      if (anchor.isEmpty() || rest.isEmpty() || rest.stream().anyMatch(Integer.class::isInstance)
          || (rest.get(0).equals("containers") || rest.get(0).equals("initContainers")) && container.isEmpty()) {
        return false;
      }
      List<String> path = new ArrayList<>();
      rest.forEach(segment -> path.add((String) segment));
      boolean metadataMap = path.size() == 1 && anchor.get() == KeptField.Anchor.POD_METADATA
          || path.size() == 2 && path.get(0).equals("metadata") && anchor.get() == KeptField.Anchor.WORKLOAD;
      if (metadataMap && (path.get(path.size() - 1).equals("labels") || path.get(path.size() - 1).equals("annotations"))
          && entry.value() instanceof Node.MapNode) {
        // beside the emitter's own labels, which its selector matches
        for (Node.Entry label : ((Node.MapNode) entry.value()).entries().values()) {
          List<String> labelPath = new ArrayList<>(path);
          labelPath.add(label.key());
          kept.add(new KeptField(anchor.get(), container, labelPath, plain(label.value()), false));
        }
      } else {
        kept.add(new KeptField(anchor.get(), container, path, plain(entry.value()), false));
      }
      return true;
    });
    kept.addAll(keptItems);
    keptItemWarnings.forEach(this::sayKept);
    return kept;
  }

  /** Visits every field reported as not modelled with its path; marks the warning of each one kept. */
  private void walk(Node node, List<Object> trail, java.util.function.BiPredicate<List<Object>, Node.Entry> keep) {
    if (node instanceof Node.MapNode) {
      for (Node.Entry entry : ((Node.MapNode) node).entries().values()) {
        List<Object> here = new ArrayList<>(trail);
        here.add(entry.key());
        Integer warning = unmodelled.get(entry);
        if (warning != null) {
          if (keep.test(here, entry)) {
            sayKept(warning);
          }
        } else {
          walk(entry.value(), here, keep);
        }
      }
    } else if (node instanceof Node.ListNode) {
      List<Node> items = ((Node.ListNode) node).items();
      for (int i = 0; i < items.size(); i++) {
        List<Object> here = new ArrayList<>(trail);
        here.add(i);
        walk(items.get(i), here, keep);
      }
    }
  }

  private void sayKept(int warning) {
    ManifestWarning was = warnings.get(warning);
    warnings.set(warning, new ManifestWarning(was.source(), was.line(), was.column(), was.path(),
        was.message().replace("is not modelled: a render leaves it out",
            "is kept, not modelled: a Kubernetes render of this import writes it back"),
        was.code()));
  }

  private static boolean startsWith(List<Object> trail, List<Object> prefix) {
    return trail.size() > prefix.size() && trail.subList(0, prefix.size()).equals(prefix);
  }

  /** The name of the container at a path of the document. */
  private static Optional<String> containerName(Node document, List<Object> path) {
    Node node = document;
    for (Object segment : path) {
      if (segment instanceof Integer && node instanceof Node.ListNode) {
        node = ((Node.ListNode) node).items().get((Integer) segment);
      } else if (segment instanceof String && node instanceof Node.MapNode) {
        Node.Entry entry = ((Node.MapNode) node).entries().get(segment);
        if (entry == null) {
          return Optional.empty();
        }
        node = entry.value();
      } else {
        return Optional.empty();
      }
    }
    return node instanceof Node.MapNode ? ((Node.MapNode) node).scalar("name") : Optional.empty();
  }

  /** A value as plain Java values the emitter's objects take: maps, lists, strings, numbers, booleans. */
  private static Object plain(Node node) {
    return node.toValues();
  }


  private void warn(Node node, String path, String message) {
    warnings.add(new ManifestWarning(source, node.line(), node.column(), path, message,
        KubernetesWorkloadReader.NOT_MODELLED));
  }

  private static boolean isNull(Node node) {
    return node.isNull();
  }

  private static Optional<Node> field(Node.MapNode map, String key) {
    return map.field(key);
  }

  private Node required(Node.MapNode map, String key, String prefix) {
    return field(map, key).orElseThrow(() -> reading.error(map, prefix + key, "is required"));
  }

  private String text(Node node, String path) {
    return reading.string(node, path);
  }

  private String scalarText(Node node, String path) {
    return reading.scalarText(node, path);
  }

  private Node.MapNode map(Node node, String path) {
    return reading.mapNode(node, path);
  }

  private Node.ListNode list(Node node, String path) {
    return reading.listNode(node, path);
  }
}
