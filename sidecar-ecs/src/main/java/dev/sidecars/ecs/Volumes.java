package dev.sidecars.ecs;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.internal.Node;
import dev.sidecars.model.Container;
import dev.sidecars.model.Mount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The volumes a sidecar mounts that its task definition lacks, which {@link EcsInjector} adds
 * as plain task volumes (ECS's scratch space, on Fargate and EC2), and how it added them: to
 * the list, as a new list, or in place of an empty one. The injected container records both in
 * its Docker label {@value #LABEL} ({@code appended:logs,cache}), so that removing it takes out
 * exactly what inject added, also from JSON, which has no comments.
 */
final class Volumes {
  static final String LABEL = "dev.sidecars.inject.volumes";
  /** Added to the task's list. */
  static final String APPENDED = "appended";
  /** The task had no list: inject created it. */
  static final String CREATED = "created";
  /** The task's list was empty ({@code []}): inject filled it. */
  static final String FILLED = "filled";

  final String mode;
  /** The volumes to add now. */
  final List<String> missing;
  /** Every volume inject added for the sidecar, before and now. */
  final List<String> ours;

  private Volumes(String mode, List<String> missing, List<String> ours) {
    this.mode = mode;
    this.missing = List.copyOf(missing);
    this.ours = List.copyOf(ours);
  }

  /**
   * What to add for a sidecar: the volumes it mounts that the task lacks; the ones inject added
   * before (the label of the container injected before) stay inject's.
   */
  static Volumes plan(TaskDefinitionFile file, Container sidecar, Optional<Node.MapNode> injectedBefore) {
    Optional<Volumes> before = injectedBefore.flatMap(c -> added(file, c));
    List<String> missing = new ArrayList<>();
    for (Mount mount : sidecar.mounts()) {
      if (!file.hasVolume(mount.sourceVolume()) && !missing.contains(mount.sourceVolume())) {
        missing.add(mount.sourceVolume());
      }
    }
    List<String> ours = new ArrayList<>(before.map(b -> b.ours).orElse(List.of()));
    missing.stream().filter(v -> !ours.contains(v)).forEach(ours::add);
    String mode = before.map(b -> b.mode).orElseGet(() -> missing.isEmpty() ? APPENDED : mode(file));
    return new Volumes(mode, missing, ours);
  }

  /** How volumes are added to this task: a list with items, none, or an empty one. */
  private static String mode(TaskDefinitionFile file) {
    Node.Entry entry = file.task.entries().get(file.name("volumes"));
    if (entry == null) {
      return CREATED;
    }
    if (!(entry.value() instanceof Node.ListNode)) {
      throw new ManifestException(file.source, entry.line(), entry.column(), entry.key(), "is not a list; inject adds "
          + "the volumes a sidecar mounts to the task's list", null);
    }
    if (!((Node.ListNode) entry.value()).items().isEmpty()) {
      return APPENDED;
    }
    JsonStyle style = new JsonStyle(file.text);
    int start = style.offset(entry.value());
    if (file.yaml || !file.text.substring(start, style.end(entry.value()) + 1).equals("[]")) {
      throw new ManifestException(file.source, entry.line(), entry.column(), entry.key(), "is an empty list written "
          + "as it is here; inject adds the volumes a sidecar mounts to a list with items, or makes the list: write it "
          + (file.yaml ? "as a block list or leave it out" : "as [] or leave it out"), null);
    }
    return FILLED;
  }

  /** The volumes inject added for a container it injected, from its label. */
  static Optional<Volumes> added(TaskDefinitionFile file, Node.MapNode container) {
    Node.Entry labels = container.entries().get(file.name("dockerLabels"));
    if (labels == null || !(labels.value() instanceof Node.MapNode)) {
      return Optional.empty();
    }
    return ((Node.MapNode) labels.value()).scalar(LABEL).filter(v -> v.indexOf(':') > 0).map(value -> {
      String mode = value.substring(0, value.indexOf(':'));
      List<String> names = List.of(value.substring(value.indexOf(':') + 1).split(","));
      return new Volumes(mode, names, names);
    });
  }

  /** @return the label's value, when inject added any volume */
  Optional<String> label() {
    return ours.isEmpty() ? Optional.empty() : Optional.of(mode + ":" + String.join(",", ours));
  }
}
