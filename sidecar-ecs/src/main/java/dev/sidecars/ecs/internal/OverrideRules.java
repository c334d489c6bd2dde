package dev.sidecars.ecs.internal;

import dev.sidecars.ecs.EcsEmitException;
import dev.sidecars.model.Container;
import dev.sidecars.model.Logging;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a workload's task definition overrides to an emitted task definition with the rules
 * of Copilot's {@code taskdef_overrides} ({@code internal/pkg/template/override}): a key segment
 * is created when missing; {@code [-]} appends (creating the list when missing); {@code [N]}
 * must name an existing item ("cannot specify ... Use [-] to append"), except that a missing
 * list at the last segment becomes a list of the value. The last segment's value replaces what
 * is there.
 *
 * <p>Paths name CloudFormation properties. For the API request they are translated to its
 * names ({@link CloudFormationNames#toApi}), and so are the keys of the values. Container
 * indexes count in Copilot's order (main, FireLens router, X-Ray collector, sidecars by name)
 * and are translated to the emitted order.
 */
public final class OverrideRules {
  private static final Pattern SEGMENT = Pattern.compile("([a-zA-Z0-9_-]+)(?:\\[(\\d+|-)\\])?");
  private static final String CONTAINERS = "ContainerDefinitions";

  private final boolean api;

  /**
   * Rules for one document.
   *
   * @param api true for the API request (camelCase), false for CloudFormation properties
   */
  public OverrideRules(boolean api) {
    this.api = api;
  }

  /**
   * Applies the overrides.
   *
   * @param workload the workload whose overrides they are
   * @param taskDefinition the emitted properties, changed in place
   * @param routerName the FireLens router's name
   * @param collectorName the X-Ray collector's name
   * @throws EcsEmitException when a rule names an item that is not there, or (API) a value holds a
   *     CloudFormation function
   */
  public void apply(Workload workload, Map<String, Object> taskDefinition, String routerName, String collectorName) {
    // where each container was emitted, found before any override renames one
    List<Integer> positions = positions(copilotOrder(workload, routerName, collectorName), taskDefinition);
    for (int i = 0; i < workload.taskDefinitionOverrides().size(); i++) {
      TaskDefinitionOverride rule = workload.taskDefinitionOverrides().get(i);
      String where = "taskDefinitionOverrides[" + i + "]";
      List<String> segments = new ArrayList<>(rule.segments());
      segments.set(0, emittedIndex(segments.get(0), positions));
      String lastKey = segments.get(segments.size() - 1).replaceAll("\\[.*\\]$", "");
      Object value = api ? apiValue(rule.value(), CloudFormationNames.verbatim(lastKey), where) : rule.value();
      apply(taskDefinition, segments, value, where);
    }
  }

  private static List<String> copilotOrder(Workload workload, String routerName, String collectorName) {
    List<String> names = new ArrayList<>();
    names.add(workload.main().name());
    if (workload.logging().filter(Logging::routesLogs).isPresent()) {
      names.add(routerName);
    }
    if (workload.tracing().isPresent()) {
      names.add(collectorName);
    }
    workload.sidecars().stream().map(Container::name).sorted(Comparator.naturalOrder()).forEach(names::add);
    return names;
  }

  /** For each container in Copilot's order, its index in the emitted list, or -1 when it is not there. */
  @SuppressWarnings("unchecked")
  private static List<Integer> positions(List<String> copilotOrder, Map<String, Object> taskDefinition) {
    Object containers = taskDefinition.get(key(CONTAINERS, taskDefinition));
    List<Object> list = containers instanceof List ? (List<Object>) containers : List.of();
    List<Integer> positions = new ArrayList<>();
    for (String name : copilotOrder) {
      int position = -1;
      for (int i = 0; i < list.size() && position < 0; i++) {
        Map<String, Object> container = (Map<String, Object>) list.get(i);
        Object emittedName = container.containsKey("name") ? container.get("name") : container.get("Name");
        position = name.equals(emittedName) ? i : -1;
      }
      positions.add(position);
    }
    return positions;
  }

  /** {@code ContainerDefinitions[N]} in Copilot's order, as the index of that container here. */
  private static String emittedIndex(String segment, List<Integer> positions) {
    Matcher m = SEGMENT.matcher(segment);
    if (!m.matches() || !m.group(1).equals(CONTAINERS) || m.group(2) == null || m.group(2).equals("-")) {
      return segment;
    }
    int index = Integer.parseInt(m.group(2));
    if (index >= positions.size() || positions.get(index) < 0) {
      return segment;
    }
    return CONTAINERS + "[" + positions.get(index) + "]";
  }

  /** The document's own spelling of a CloudFormation key: itself, or its API name. */
  private static String key(String cloudFormation, Map<String, Object> document) {
    return document.containsKey(cloudFormation) ? cloudFormation : CloudFormationNames.toApi(cloudFormation);
  }

  @SuppressWarnings("unchecked")
  private void apply(Map<String, Object> document, List<String> segments, Object value, String where) {
    Object node = document;
    for (int i = 0; i < segments.size(); i++) {
      Matcher m = SEGMENT.matcher(segments.get(i));
      if (!m.matches()) {
        throw new EcsEmitException(where, "invalid override path segment \"" + segments.get(i) + "\"");
      }
      String key = api ? CloudFormationNames.toApi(m.group(1)) : m.group(1);
      String shown = m.group(1);
      String index = m.group(2);
      if (!(node instanceof Map)) {
        throw new EcsEmitException(where, "cannot override " + String.join(".", segments.subList(0, i + 1))
            + ": what is at " + String.join(".", segments.subList(0, i)) + " is not a map");
      }
      Map<String, Object> map = (Map<String, Object>) node;
      boolean last = i == segments.size() - 1;
      if (index == null) {
        if (last) {
          map.put(key, value);
          return;
        }
        node = map.computeIfAbsent(key, k -> new LinkedHashMap<>());
        continue;
      }
      Object existing = map.get(key);
      if (existing != null && !(existing instanceof List)) {
        throw new EcsEmitException(where, "cannot override " + shown + "[" + index + "]: " + shown + " is not a list");
      }
      List<Object> list = (List<Object>) existing;
      if (index.equals("-")) {
        if (list == null) {
          list = new ArrayList<>();
          map.put(key, list);
        }
        Object item = last ? value : new LinkedHashMap<String, Object>();
        list.add(item);
        node = item;
        if (last) {
          return;
        }
        continue;
      }
      int n = Integer.parseInt(index);
      if (list == null) {
        if (last) {
          map.put(key, new ArrayList<>(List.of(value)));
          return;
        }
        throw new EcsEmitException(where, "cannot specify " + shown + "[" + n + "] because " + shown
            + " does not exist. Use " + shown + "[-] to append to the sequence instead");
      }
      if (n >= list.size()) {
        throw new EcsEmitException(where, "cannot specify " + shown + "[" + n + "] because the current length is "
            + list.size() + ". Use [-] to append to the sequence instead");
      }
      if (last) {
        list.set(n, value);
        return;
      }
      node = list.get(n);
    }
  }

  /**
   * A value with its keys in API names, but for the keys of maps the user owns (Docker labels,
   * options); a CloudFormation function has no value in the API.
   */
  private static Object apiValue(Object value, boolean verbatim, String where) {
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        String key = (String) entry.getKey();
        if (key.equals("Ref") || key.startsWith("Fn::")) {
          throw new EcsEmitException(where, "the override's value uses the CloudFormation function " + key
              + ", which has a value only in CloudFormation; emit CloudFormation");
        }
        out.put(verbatim ? key : CloudFormationNames.toApi(key),
            apiValue(entry.getValue(), !verbatim && CloudFormationNames.verbatim(key), where));
      }
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      for (Object item : (List<?>) value) {
        out.add(apiValue(item, false, where));
      }
      return out;
    }
    return value;
  }
}
