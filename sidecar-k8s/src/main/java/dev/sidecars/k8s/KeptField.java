package dev.sidecars.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A field of an imported Kubernetes document that the model does not hold, kept so that the
 * emitter writes it back where it writes the pod: on the workload object (when it is of the
 * document's kind), on the pod template's metadata, on the pod spec, or on a container of it,
 * found by name in {@code containers} or {@code initContainers}. The value replaces what the
 * emitter wrote at the path, or is appended to the list there.
 */
final class KeptField {
  /** Where a kept field's path starts. */
  enum Anchor {
    /** The workload object: a Deployment, Job or CronJob. */
    WORKLOAD,
    /** The pod template's metadata. */
    POD_METADATA,
    /** The pod spec. */
    POD
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  final Anchor anchor;
  final Optional<String> container;
  final List<String> path;
  final Object value;
  final boolean append;

  KeptField(Anchor anchor, Optional<String> container, List<String> path, Object value, boolean append) {
    this.anchor = anchor;
    this.container = container;
    this.path = List.copyOf(path);
    this.value = value;
    this.append = append;
  }

  @Override
  public String toString() {
    return anchor + container.map(c -> "[" + c + "]").orElse("") + "." + String.join(".", path)
        + (append ? " += " : " = ") + value;
  }

  /**
   * A result with kept fields written into its workload object and pod spec.
   *
   * @param result what the emitter made
   * @param kept the fields
   * @return a result with new objects; the given one is not changed
   */
  static KubernetesResult apply(KubernetesResult result, List<KeptField> kept) {
    if (kept.isEmpty()) {
      return result;
    }
    Optional<HasMetadata> object = result.workload();
    if (object.isEmpty()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> pod = JSON.convertValue(result.podSpec(), Map.class);
      kept.stream().filter(k -> k.anchor == Anchor.POD).forEach(k -> k.write(pod));
      return result.with(Optional.empty(), JSON.convertValue(pod, PodSpec.class));
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = JSON.convertValue(object.get(), Map.class);
    List<String> template = templatePath(object.get());
    Map<String, Object> podTemplate = map(tree, template);
    Map<String, Object> pod = map(podTemplate, List.of("spec"));
    Map<String, Object> podMetadata = map(podTemplate, List.of("metadata"));
    for (KeptField field : kept) {
      field.write(field.anchor == Anchor.WORKLOAD ? tree : field.anchor == Anchor.POD ? pod : podMetadata);
    }
    HasMetadata written = JSON.convertValue(tree, object.get().getClass());
    return result.with(Optional.of(written), podSpec(written));
  }

  /** The path of the pod template in a workload object the emitter writes. */
  private static List<String> templatePath(HasMetadata object) {
    return object instanceof CronJob ? List.of("spec", "jobTemplate", "spec", "template") : List.of("spec", "template");
  }

  private static PodSpec podSpec(HasMetadata object) {
    if (object instanceof Deployment) {
      return ((Deployment) object).getSpec().getTemplate().getSpec();
    }
    if (object instanceof Job) {
      return ((Job) object).getSpec().getTemplate().getSpec();
    }
    return ((CronJob) object).getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
  }

  /** The map at a path, made where it is missing. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> root, List<String> path) {
    Map<String, Object> node = root;
    for (String key : path) {
      Object next = node.get(key);
      if (!(next instanceof Map)) {
        next = new LinkedHashMap<String, Object>();
        node.put(key, next);
      }
      node = (Map<String, Object>) next;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private void write(Map<String, Object> anchorNode) {
    Map<String, Object> node = anchorNode;
    if (container.isPresent()) {
      node = containerNamed(anchorNode, container.get()).orElse(null);
      if (node == null) {
        return; // the container was renamed or dropped since the import: its fields went with it
      }
    }
    Map<String, Object> parent = map(node, path.subList(0, path.size() - 1));
    String last = path.get(path.size() - 1);
    if (append) {
      Object existing = parent.get(last);
      List<Object> list = existing instanceof List ? new ArrayList<>((List<Object>) existing) : new ArrayList<>();
      list.add(value);
      parent.put(last, list);
    } else {
      parent.put(last, value);
    }
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> containerNamed(Map<String, Object> pod, String name) {
    for (String list : List.of("containers", "initContainers")) {
      Object containers = pod.get(list);
      if (containers instanceof List) {
        for (Object c : (List<Object>) containers) {
          if (c instanceof Map && name.equals(((Map<String, Object>) c).get("name"))) {
            return Optional.of((Map<String, Object>) c);
          }
        }
      }
    }
    return Optional.empty();
  }
}
