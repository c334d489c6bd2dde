package dev.sidecars.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values an option takes, by name (case-insensitive), and the one sentence that refuses
 * any other: {@code unknown --output 'xml'; expected text, json or sarif.}
 *
 * @param <T> what a name stands for
 */
final class Choice<T> {
  private final String option;
  private final Map<String, T> values = new LinkedHashMap<>();

  private Choice(String option) {
    this.option = option;
  }

  static <T> Choice<T> of(String option) {
    return new Choice<>(option);
  }

  Choice<T> or(String name, T value) {
    values.put(name, value);
    return this;
  }

  T parse(String given) {
    T value = values.get(given.toLowerCase(Locale.ROOT));
    if (value == null && !values.containsKey(given.toLowerCase(Locale.ROOT))) {
      List<String> names = new ArrayList<>(values.keySet());
      String last = names.remove(names.size() - 1);
      throw new CliException(CliException.UNUSABLE, "unknown " + option + " '" + given + "'; expected "
          + String.join(", ", names) + " or " + last + ".");
    }
    return value;
  }
}
