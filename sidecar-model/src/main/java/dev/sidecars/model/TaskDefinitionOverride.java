package dev.sidecars.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A change to the emitted ECS task definition that the model has no field for: Copilot's
 * {@code taskdef_overrides} rule. The path names a property of the CloudFormation
 * {@code AWS::ECS::TaskDefinition} in its own (PascalCase) names, segments joined by dots; a
 * segment is a key ({@code Ulimits}), an index ({@code ContainerDefinitions[0]}) or an append
 * ({@code Ulimits[-]}). Container indexes count in Copilot's order: the main container, the
 * FireLens router, the X-Ray collector, then the sidecars by name.
 *
 * <pre>{@code
 * TaskDefinitionOverride nofile = TaskDefinitionOverride.of(
 *     "ContainerDefinitions[0].Ulimits[-]", Map.of("Name", "nofile", "SoftLimit", 1024, "HardLimit", 2048));
 * }</pre>
 *
 * <p>The value is a tree of maps (with string keys), lists, strings, numbers and booleans.
 */
@Value.Immutable
public abstract class TaskDefinitionOverride {
  private static final Pattern SEGMENT = Pattern.compile("[a-zA-Z0-9_-]+(\\[(\\d+|-)\\])?");

  /** @return the property's path, for example {@code ContainerDefinitions[0].Ulimits[-].HardLimit} */
  public abstract String path();

  /** @return the value set at the path: a map, list, string, number or boolean, never null */
  public abstract Object value();

  @Value.Check
  void check() {
    for (String segment : path().split("\\.", -1)) {
      if (!SEGMENT.matcher(segment).matches()) {
        throw new ModelException("taskDefinitionOverrides", "invalid override path segment \"" + segment
            + "\": segments must be of the form \"array[0]\", \"array[-]\" or \"key\"");
      }
    }
  }

  /** @return the path's segments */
  public List<String> segments() {
    return List.of(path().split("\\."));
  }

  /**
   * An override.
   *
   * @param path the property's path
   * @param value maps with string keys, lists, strings, numbers and booleans
   * @return the override
   * @throws ModelException when the path is malformed or the value holds something else
   */
  public static TaskDefinitionOverride of(String path, Object value) {
    return ImmutableTaskDefinitionOverride.builder().path(path).value(tree(value, path)).build();
  }

  /** A deep, unmodifiable copy with numbers as {@link Long} or {@link BigDecimal}. */
  private static Object tree(Object value, String path) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (!(entry.getKey() instanceof String)) {
          throw new ModelException("taskDefinitionOverrides", "the value at " + path + " has a key that is no string");
        }
        copy.put((String) entry.getKey(), tree(entry.getValue(), path));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object item : (List<?>) value) {
        copy.add(tree(item, path));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Number) {
      return new BigDecimal(value.toString());
    }
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    throw new ModelException("taskDefinitionOverrides", "the value at " + path + " holds "
        + (value == null ? "null" : "a " + value.getClass().getSimpleName())
        + "; a value is a map, list, string, number or boolean");
  }

  /** The rule as Copilot's manifest writes it: {@code path = value}. */
  @Override
  public String toString() {
    return path() + " = " + value();
  }
}
