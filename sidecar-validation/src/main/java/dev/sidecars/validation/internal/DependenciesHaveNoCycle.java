package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code depends-on.cycle}: containers do not wait for each other in a circle. Tarjan's
 * strongly connected components, iterative, in time linear in containers plus dependencies;
 * each cycle is reported once, naming its containers as Copilot does.
 */
final class DependenciesHaveNoCycle implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    Map<String, Container> byName = new HashMap<>();
    for (Container c : workload.containers()) {
      byName.putIfAbsent(c.name(), c);
    }
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new java.util.HashSet<>();
    int[] counter = {0};
    for (String start : byName.keySet().stream().sorted().toArray(String[]::new)) {
      if (index.containsKey(start)) {
        continue;
      }
      Deque<Object[]> work = new ArrayDeque<>();
      work.push(new Object[] {start, successors(byName, start).iterator()});
      index.put(start, counter[0]);
      low.put(start, counter[0]++);
      stack.push(start);
      onStack.add(start);
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        String node = (String) frame[0];
        @SuppressWarnings("unchecked")
        java.util.Iterator<String> next = (java.util.Iterator<String>) frame[1];
        if (next.hasNext()) {
          String w = next.next();
          if (!index.containsKey(w)) {
            index.put(w, counter[0]);
            low.put(w, counter[0]++);
            stack.push(w);
            onStack.add(w);
            work.push(new Object[] {w, successors(byName, w).iterator()});
          } else if (onStack.contains(w)) {
            low.put(node, Math.min(low.get(node), index.get(w)));
          }
        } else {
          work.pop();
          if (!work.isEmpty()) {
            String parent = (String) work.peek()[0];
            low.put(parent, Math.min(low.get(parent), low.get(node)));
          }
          if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
              w = stack.pop();
              onStack.remove(w);
              component.add(w);
            } while (!w.equals(node));
            if (component.size() > 1) {
              report(workload, byName, new TreeSet<>(component), findings);
            }
          }
        }
      }
    }
  }

  private static List<String> successors(Map<String, Container> byName, String name) {
    List<String> targets = new ArrayList<>();
    for (String target : byName.get(name).dependsOn().keySet()) {
      if (byName.containsKey(target) && !target.equals(name)) {
        targets.add(target);
      }
    }
    return targets;
  }

  private static void report(Workload workload, Map<String, Container> byName, TreeSet<String> cycle, Findings findings) {
    String first = cycle.first();
    String into = byName.get(first).dependsOn().keySet().stream().filter(cycle::contains).findFirst().orElse(first);
    findings.error("depends-on.cycle", Findings.pathOf(workload, byName.get(first)) + ".dependsOn." + into,
        "circular container dependency chain includes the following containers: " + cycle);
  }
}
