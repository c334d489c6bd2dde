package dev.sidecars.k8s.internal;

import dev.sidecars.model.Container;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order containers start in: every container after the containers it depends on, and
 * otherwise in declaration order (Kahn's algorithm, taking the first ready container each
 * time). Dependencies on containers outside the list are ignored here; a cycle (which
 * validation reports) leaves its containers in declaration order at the end.
 */
public final class StartOrder {
  private StartOrder() {}

  /**
   * Sorts containers by their dependencies.
   *
   * @param containers the containers, in declaration order
   * @return the same containers, each after its dependencies
   */
  public static List<Container> of(List<Container> containers) {
    Map<String, Container> byName = new LinkedHashMap<>();
    containers.forEach(c -> byName.putIfAbsent(c.name(), c));
    Map<String, Integer> waiting = new HashMap<>();
    for (Container c : byName.values()) {
      int count = 0;
      for (String dependency : c.dependsOn().keySet()) {
        if (byName.containsKey(dependency) && !dependency.equals(c.name())) {
          count++;
        }
      }
      waiting.put(c.name(), count);
    }
    List<Container> ordered = new ArrayList<>();
    List<Container> remaining = new ArrayList<>(byName.values());
    boolean progress = true;
    while (!remaining.isEmpty() && progress) {
      progress = false;
      for (int i = 0; i < remaining.size(); i++) {
        Container next = remaining.get(i);
        if (waiting.get(next.name()) == 0) {
          remaining.remove(i);
          ordered.add(next);
          for (Container other : remaining) {
            if (other.dependsOn().containsKey(next.name())) {
              waiting.merge(other.name(), -1, Integer::sum);
            }
          }
          progress = true;
          break;
        }
      }
    }
    ordered.addAll(remaining);
    return ordered;
  }
}
