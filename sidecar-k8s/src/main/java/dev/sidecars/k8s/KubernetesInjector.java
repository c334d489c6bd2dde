package dev.sidecars.k8s;

import dev.sidecars.formats.EditedDocument;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.formats.internal.TreeParser;
import dev.sidecars.formats.internal.YamlLines;
import dev.sidecars.k8s.internal.KubernetesVersions;
import dev.sidecars.k8s.internal.YamlText;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Mount;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitWarning;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a sidecar to the Kubernetes workloads a YAML file already has, by editing the text: the
 * sidecar goes into each pod's {@code initContainers} as a native sidecar ({@code restartPolicy:
 * Always}; into {@code containers} for a cluster before 1.29), with the {@code emptyDir},
 * Secret or ConfigMap volumes it mounts that the pod lacks and its ConfigMaps as documents of
 * their own, each added block under a comment line that names it
 * ({@value #MARKER}{@code NAME FROM}). Every other byte of the file stays as it was: a
 * line-based diff shows only the added lines, and {@link #remove} takes them out again.
 *
 * <pre>{@code
 * EditedDocument edited = KubernetesInjector.of(collector, "acme/otel-collector@1.2.0").inject(text, "deploy.yaml");
 * }</pre>
 *
 * <p>Injecting the same sidecar again changes nothing ({@link EditedDocument.Change#UNCHANGED});
 * a different sidecar of the same name replaces the one injected before
 * ({@link EditedDocument.Change#UPDATED}). Block-style YAML is edited; a flow-style list
 * (<code>[...]</code>) where the sidecar goes is refused.
 */
public final class KubernetesInjector {
  /** The comment that starts every block {@code sidecar inject} adds. */
  public static final String MARKER = YamlLines.MARKER;

  private final Container sidecar;
  private final String origin;
  private final boolean nativeSidecar;
  private final Optional<DependencyCondition> mainDependsOn;
  private final boolean logRouter;

  private KubernetesInjector(Container sidecar, String origin, boolean nativeSidecar,
      Optional<DependencyCondition> mainDependsOn, boolean logRouter) {
    this.sidecar = sidecar;
    this.origin = origin;
    this.nativeSidecar = nativeSidecar;
    this.mainDependsOn = mainDependsOn;
    this.logRouter = logRouter;
  }

  /**
   * An injector of a sidecar.
   *
   * @param sidecar the container to add
   * @param origin where it came from, written in the marker: for example {@code acme/otel@1.2.0}
   * @return the injector, for a cluster with native sidecars
   */
  public static KubernetesInjector of(Container sidecar, String origin) {
    if (origin.contains("\n") || origin.contains("\r")) {
      throw new IllegalArgumentException("the origin is one line, not " + origin.replace("\n", "\\n"));
    }
    return new KubernetesInjector(Objects.requireNonNull(sidecar, "sidecar"), origin, true, Optional.empty(), false);
  }

  /**
   * An injector of a catalog template's sidecar, as the template attaches it: its container
   * with the patch applied, marked {@code TENANT/ITEM[@VERSION]}, started before the main
   * container as the template's {@link SidecarTemplate#mainDependsOn()} asks. A template that is
   * a FireLens log router ({@link SidecarTemplate#logRouter()}) is injected as any sidecar, with
   * a warning: Kubernetes has no FireLens.
   *
   * @param template the template
   * @param patch the changes to its container, or {@link ContainerPatch#empty()}
   * @return the injector, for a cluster with native sidecars
   * @throws dev.sidecars.model.ModelException when the patched container is not valid
   */
  public static KubernetesInjector of(SidecarTemplate template, ContainerPatch patch) {
    return new KubernetesInjector(template.instantiate(patch), template.reference(), true, template.mainDependsOn(),
        template.logRouter().isPresent());
  }

  /**
   * The same injector, making the main containers wait for the sidecar as the Kubernetes
   * emitter renders such a dependency: {@code START}, a native sidecar before them;
   * {@code HEALTHY}, one with a startup probe from its health check; {@code COMPLETE} or
   * {@code SUCCESS}, an init container that runs to completion. A cluster without native
   * sidecars cannot wait for a running sidecar: the result has the render's warning.
   *
   * @param condition what the main containers wait for
   * @return the injector
   */
  public KubernetesInjector mainDependsOn(DependencyCondition condition) {
    return new KubernetesInjector(sidecar, origin, nativeSidecar, Optional.of(condition), logRouter);
  }

  /**
   * The cluster's version: from 1.29 the sidecar is a native sidecar, before a container beside
   * the others.
   *
   * @param version for example {@code 1.30}
   * @return the injector for that cluster
   */
  public KubernetesInjector kubernetesVersion(String version) {
    return new KubernetesInjector(sidecar, origin, KubernetesVersions.atLeast(version, 1, 29), mainDependsOn,
        logRouter);
  }

  /**
   * Adds the sidecar to every workload of a file.
   *
   * @param text the file: single- or multi-document YAML
   * @param source its name in messages
   * @return the edited file and what changed
   * @throws ManifestException when the file holds no workload, a workload has a container of the
   *     sidecar's name that was not injected, a list to edit is in flow style, or the sidecar's
   *     ConfigMap collides with one of the file's or has no one namespace to go in
   * @throws KubernetesEmitException when the sidecar cannot be written for Kubernetes
   */
  public EditedDocument inject(String text, String source) {
    if (ManifestFormat.detect(text) == ManifestFormat.JSON) {
      throw new ManifestException(source, 1, 1, "", "is JSON; sidecar inject edits Kubernetes YAML in block style", null);
    }
    Rendered rendered = render();
    List<Node> documents = new TreeParser(source).parseAll(text, ManifestFormat.YAML);
    List<Node.MapNode> pods = pods(documents, source);
    List<String> lines = YamlLines.of(text);
    String newline = YamlLines.newline(lines);
    String listKey = rendered.listKey;
    // every edit is planned on the one parse, each at lines no other edit touches, then all are
    // made in one pass; at one place the edit planned first comes first
    List<Edit> edits = new ArrayList<>();
    for (Node.MapNode pod : pods) {
      edits.add(upsert(lines, newline, source, pod, listKey, sidecar.name(), rendered.container));
      for (int v = 0; v < rendered.volumes.size(); v++) {
        String name = rendered.volumeNames.get(v);
        if (!podHasVolume(pod, name)) {
          edits.add(upsert(lines, newline, source, pod, "volumes", sidecar.name() + " volume " + name,
              rendered.volumes.get(v)));
        }
      }
    }
    for (io.fabric8.kubernetes.api.model.ConfigMap configMap : rendered.configMaps) {
      edits.add(configMapEdit(lines, newline, source, documents, configMap));
    }
    boolean added = edits.stream().anyMatch(e -> e.change == EditedDocument.Change.ADDED);
    boolean updated = edits.stream().anyMatch(e -> e.change == EditedDocument.Change.UPDATED);
    List<YamlLines.Edit> lineEdits = new ArrayList<>();
    edits.forEach(edit -> lineEdits.add(edit.lines));
    EditedDocument.Change change = updated ? EditedDocument.Change.UPDATED
        : added ? EditedDocument.Change.ADDED : EditedDocument.Change.UNCHANGED;
    List<ManifestWarning> warnings = new ArrayList<>();
    for (Node.MapNode pod : pods) {
      for (EmitWarning warning : rendered.warnings) {
        warnings.add(new ManifestWarning(source, pod.line(), pod.column(), warning.path(), warning.message(),
            warning.code()));
      }
    }
    return new EditedDocument(change == EditedDocument.Change.UNCHANGED ? text : YamlLines.apply(lines, lineEdits), change,
        warnings);
  }

  /**
   * Takes out every block {@code sidecar inject} added for a sidecar, and each list key it
   * created: after {@link #inject}, the file as it was, byte for byte.
   *
   * @param text the file
   * @param source its name in messages
   * @param name the sidecar's name
   * @return the edited file, {@link EditedDocument.Change#ABSENT} when it had no such sidecar
   */
  public static EditedDocument remove(String text, String source, String name) {
    return YamlLines.removeMarked(text, name).map(edited -> new EditedDocument(edited, EditedDocument.Change.REMOVED))
        .orElseGet(() -> new EditedDocument(text, EditedDocument.Change.ABSENT));
  }

  /**
   * The sidecar as a list item of YAML lines and the list it goes in, the volumes it mounts, as
   * the emitter writes them, and what the emitter could not express.
   */
  private static final class Rendered {
    final List<String> container;
    final String listKey;
    final List<List<String>> volumes = new ArrayList<>();
    final List<String> volumeNames = new ArrayList<>();
    final List<io.fabric8.kubernetes.api.model.ConfigMap> configMaps = new ArrayList<>();
    final List<EmitWarning> warnings = new ArrayList<>();

    Rendered(List<String> container, String listKey) {
      this.container = container;
      this.listKey = listKey;
    }
  }

  private Rendered render() {
    Set<String> mounted = new LinkedHashSet<>();
    for (Mount mount : sidecar.mounts()) {
      mounted.add(mount.sourceVolume());
    }
    Workload.Builder holder = Workload.builder().name("inject").type(WorkloadType.BACKEND_SERVICE);
    if (mainDependsOn.isPresent()) {
      // a main container that waits for the sidecar, so that the emitter renders the wait
      holder.main(Container.builder().name(sidecar.name() + "-main").image("main")
          .putDependsOn(sidecar.name(), mainDependsOn.get()).build()).addSidecar(sidecar);
    } else {
      holder.main(sidecar);
    }
    mounted.forEach(v -> holder.addVolume(Volume.builder().name(v).build()));
    KubernetesResult result = KubernetesEmitter.builder().validateFirst(false).kind(WorkloadKind.POD_SPEC)
        .mode(nativeSidecar ? SidecarMode.NATIVE : SidecarMode.CLASSIC).build().emit(holder.build());
    PodSpec pod = result.podSpec();
    Rendered rendered;
    Optional<io.fabric8.kubernetes.api.model.Container> init = pod.getInitContainers() == null ? Optional.empty()
        : pod.getInitContainers().stream().filter(c -> c.getName().equals(sidecar.name())).findFirst();
    if (mainDependsOn.isEmpty()) {
      io.fabric8.kubernetes.api.model.Container container = pod.getContainers().get(0);
      if (nativeSidecar) {
        container.setRestartPolicy("Always");
      }
      rendered = new Rendered(item(container), nativeSidecar ? "initContainers" : "containers");
    } else if (init.isPresent()) {
      rendered = new Rendered(item(init.get()), "initContainers");
    } else {
      rendered = new Rendered(item(pod.getContainers().stream().filter(c -> c.getName().equals(sidecar.name()))
          .findFirst().orElseThrow()), "containers");
    }
    if (pod.getVolumes() != null) {
      for (io.fabric8.kubernetes.api.model.Volume volume : pod.getVolumes()) {
        rendered.volumes.add(item(volume));
        rendered.volumeNames.add(volume.getName());
      }
    }
    rendered.configMaps.addAll(result.configMaps());
    for (EmitWarning warning : result.warnings()) {
      // the stand-in main container is each workload's own main container
      rendered.warnings.add(EmitWarning.of(warning.code(), warning.path(),
          warning.message().replace(sidecar.name() + "-main", "the main container")));
    }
    if (logRouter) {
      rendered.warnings.add(EmitWarning.of("k8s.not-emitted", "sidecars." + sidecar.name(), "the template is a "
          + "FireLens log router, an ECS feature: on Kubernetes " + sidecar.name() + " is a sidecar like any other "
          + "and routes no logs"));
    }
    return rendered;
  }

  /** An object as one YAML list item, {@code - } at column 0. */
  private static List<String> item(Object object) {
    return YamlLines.of(YamlText.documents(List.of(List.of(object))));
  }

  /** One edit of the lines, and what it does to the sidecar. */
  private static final class Edit {
    final YamlLines.Edit lines;
    final EditedDocument.Change change;

    Edit(int at, int removed, List<String> inserted, EditedDocument.Change change) {
      this.lines = new YamlLines.Edit(at, removed, inserted);
      this.change = change;
    }
  }

  /** The pod spec of every workload of the file, in document order. */
  /**
   * The edit that adds a ConfigMap the sidecar mounts as a document at the end of the file,
   * under {@code ---} and a marker, in the namespace of the file's workloads; or replaces the
   * one added before. A ConfigMap of that name that inject did not add is refused.
   */
  private Edit configMapEdit(List<String> lines, String newline, String source, List<Node> documents,
      io.fabric8.kubernetes.api.model.ConfigMap configMap) {
    String name = configMap.getMetadata().getName();
    String label = sidecar.name() + " " + YamlLines.DOCUMENT + " " + name;
    Set<String> namespaces = new java.util.TreeSet<>();
    for (Node document : documents) {
      if (pod(document).isPresent()) {
        namespaces.add(metadata((Node.MapNode) document, "namespace").orElse(""));
      }
    }
    if (namespaces.size() > 1) {
      throw new ManifestException(source, 1, 1, "", "holds workloads in " + namespaces.size() + " namespaces ("
          + String.join(", ", namespaces) + "); the sidecar's ConfigMap " + name + " can be added to a file of one "
          + "namespace", null);
    }
    String namespace = namespaces.iterator().next();
    if (!namespace.isEmpty()) {
      configMap.getMetadata().setNamespace(namespace);
    }
    List<String> document = new ArrayList<>();
    document.add(MARKER + label + " " + origin + newline);
    for (String line : YamlLines.of(YamlText.documents(List.of(configMap)))) {
      document.add(YamlLines.strip(line) + newline);
    }
    // after the last document; before the first when the file ends without a line break, which stays untouched
    boolean leading = YamlLines.terminator(lines.get(lines.size() - 1)).isEmpty();
    List<String> wanted = new ArrayList<>();
    if (!leading) {
      wanted.add("---" + newline);
    }
    wanted.addAll(document);
    if (leading) {
      wanted.add("---" + newline);
    }
    for (Node existing : documents) {
      if (existing instanceof Node.MapNode && ((Node.MapNode) existing).scalar("kind").filter("ConfigMap"::equals)
          .isPresent() && metadata((Node.MapNode) existing, "name").filter(name::equals).isPresent()
          && metadata((Node.MapNode) existing, "namespace").orElse("").equals(namespace)) {
        int at = existing.line() - 1;
        if (at < 1 || !lines.get(at - 1).startsWith(MARKER + label + " ")) {
          throw new ManifestException(source, existing.line(), existing.column(), "", "already holds a ConfigMap "
              + name + " that sidecar inject did not add; the sidecar " + sidecar.name() + " mounts its own", null);
        }
        int end = YamlLines.documentEnd(lines, at);
        boolean before = at >= 2 && YamlLines.strip(lines.get(at - 2)).equals("---");
        int first = before ? at - 2 : at - 1;
        int last = before ? end : end + 1;
        List<String> current = lines.subList(first, last + 1);
        List<String> replacement = new ArrayList<>(document);
        if (before) {
          replacement.add(0, "---" + newline);
        } else {
          replacement.add("---" + newline);
        }
        return current.equals(replacement) ? new Edit(first, 0, List.of(), EditedDocument.Change.UNCHANGED)
            : new Edit(first, last + 1 - first, replacement, EditedDocument.Change.UPDATED);
      }
    }
    return new Edit(leading ? 0 : lines.size(), 0, wanted, EditedDocument.Change.ADDED);
  }

  private static Optional<String> metadata(Node.MapNode document, String key) {
    Node.Entry metadata = document.entries().get("metadata");
    return metadata != null && metadata.value() instanceof Node.MapNode
        ? ((Node.MapNode) metadata.value()).scalar(key) : Optional.empty();
  }

  private static List<Node.MapNode> pods(List<Node> documents, String source) {
    List<Node.MapNode> pods = new ArrayList<>();
    for (Node document : documents) {
      pod(document).ifPresent(pods::add);
    }
    if (pods.isEmpty()) {
      throw new ManifestException(source, 1, 1, "", "holds no Kubernetes workload: no document is a Deployment, "
          + "StatefulSet, DaemonSet, Job, CronJob or Pod", null);
    }
    return pods;
  }

  private static boolean podHasVolume(Node.MapNode pod, String name) {
    Node.Entry volumes = pod.entries().get("volumes");
    if (volumes == null || !(volumes.value() instanceof Node.ListNode)) {
      return false;
    }
    for (Node item : ((Node.ListNode) volumes.value()).items()) {
      if (item instanceof Node.MapNode && ((Node.MapNode) item).scalar("name").filter(name::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Node.MapNode> pod(Node document) {
    if (!(document instanceof Node.MapNode)) {
      return Optional.empty();
    }
    Node.MapNode map = (Node.MapNode) document;
    Optional<String> kind = map.scalar("kind");
    if (kind.isEmpty() || !WorkloadImport.KINDS.contains(kind.get()) || map.scalar("apiVersion").isEmpty()) {
      return Optional.empty();
    }
    List<String> path = kind.get().equals("Pod") ? List.of("spec")
        : kind.get().equals("CronJob") ? List.of("spec", "jobTemplate", "spec", "template", "spec")
        : List.of("spec", "template", "spec");
    Node node = map;
    for (String key : path) {
      Node.Entry entry = node instanceof Node.MapNode ? ((Node.MapNode) node).entries().get(key) : null;
      if (entry == null) {
        return Optional.empty();
      }
      node = entry.value();
    }
    return node instanceof Node.MapNode ? Optional.of((Node.MapNode) node) : Optional.empty();
  }



  /**
   * The edit that adds an item under a marker to a list of the pod (creating the list after
   * {@code containers} when absent), or replaces the one added before under the same marker.
   */
  private Edit upsert(List<String> lines, String newline, String source, Node.MapNode pod, String key, String label,
      List<String> item) {
    String marker = MARKER + label + " " + origin;
    Node.Entry list = pod.entries().get(key);
    if (list == null) {
      Node.Entry containers = pod.entries().get("containers");
      YamlLines.requireBlockList(lines, source, containers, "containers");
      int keyIndent = containers.column() - 1;
      int dashIndent = YamlLines.dashIndent(lines, containers, keyIndent);
      int end = YamlLines.blockEnd(lines, containers.line() - 1, keyIndent);
      List<String> added = new ArrayList<>();
      added.add(" ".repeat(keyIndent) + key + ": " + MARKER + label + newline);
      added.addAll(YamlLines.block(marker, item, dashIndent, newline));
      // after the containers; before them when they end the file without a newline, which stays untouched
      int at = YamlLines.terminator(lines.get(end)).isEmpty() ? containers.line() - 1 : end + 1;
      return new Edit(at, 0, added, EditedDocument.Change.ADDED);
    }
    if (!(list.value() instanceof Node.ListNode) || ((Node.ListNode) list.value()).items().isEmpty()
        || list.value().line() == list.line() && lines.get(list.line() - 1).indexOf('[', list.column() - 1) >= 0) {
      throw new ManifestException(source, list.line(), list.column(), key, "is not a block-style list with items; "
          + "sidecar inject edits block-style lists (one '- ' item per line)", null);
    }
    YamlLines.requireBlockList(lines, source, list, key);
    int keyIndent = list.column() - 1;
    int dashIndent = YamlLines.dashIndent(lines, list, keyIndent);
    List<Node> items = ((Node.ListNode) list.value()).items();
    for (Node existing : items) {
      if (!key.equals("volumes") && existing instanceof Node.MapNode
          && ((Node.MapNode) existing).scalar("name").filter(sidecar.name()::equals).isPresent()) {
        int at = existing.line() - 1;
        boolean injected = at > 0 && lines.get(at - 1).trim().startsWith(MARKER + label + " ");
        if (!injected) {
          throw new ManifestException(source, existing.line(), existing.column(), key, "already has a container named "
              + sidecar.name() + " that sidecar inject did not add; remove it or inject under another name", null);
        }
      }
    }
    int end = YamlLines.blockEnd(lines, list.line() - 1, keyIndent);
    List<String> wanted = YamlLines.block(marker, item, dashIndent, newline);
    for (int i = list.line(); i <= end; i++) {
      if (lines.get(i).trim().startsWith(MARKER + label + " ") && YamlLines.indent(lines.get(i)) == dashIndent) {
        int last = YamlLines.itemEnd(lines, i + 1, dashIndent);
        if (lines.subList(i, last + 1).equals(wanted)) {
          return new Edit(i, 0, List.of(), EditedDocument.Change.UNCHANGED);
        }
        return new Edit(i, last + 1 - i, wanted, EditedDocument.Change.UPDATED);
      }
    }
    // after the last item; before the first when the list ends the file without a newline, which stays untouched
    int at = YamlLines.terminator(lines.get(end)).isEmpty() ? items.get(0).line() - 1 : end + 1;
    return new Edit(at, 0, wanted, EditedDocument.Change.ADDED);
  }
}
