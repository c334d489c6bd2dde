package dev.sidecars.formats.internal;

import dev.sidecars.model.spi.PrintableText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every key of a Copilot manifest that Copilot does not read for the manifest's workload
 * type, in document order. Copilot ignores such keys, so each is reported through
 * {@link Reading#unknownField(Node.Entry, String, String)}: a warning, or an error when the
 * reading is strict. The message names the closest key where there is one, the place the key
 * belongs when it is misplaced, or the workload types that have it.
 */
public final class CopilotKeyCheck {
  private static final String IGNORED = " (Copilot ignores it)";


  private final Reading reading;
  private final CopilotFields fields;

  /**
   * A check for one manifest.
   *
   * @param reading where the findings go
   * @param fields the keys of the manifest's workload type
   */
  public CopilotKeyCheck(Reading reading, CopilotFields fields) {
    this.reading = reading;
    this.fields = fields;
  }

  /**
   * Checks the whole manifest, environment sections included.
   *
   * @param root the manifest's root map
   */
  public void check(Node.MapNode root) {
    for (Node.Entry entry : root.entries().values()) {
      if (entry.key().equals("environments") && entry.value() instanceof Node.MapNode) {
        for (Node.Entry environment : ((Node.MapNode) entry.value()).entries().values()) {
          if (environment.value() instanceof Node.MapNode) {
            checkEnvironment((Node.MapNode) environment.value(), "environments." + environment.key());
          }
        }
      } else {
        checkEntry(entry, "", "");
      }
    }
  }

  private void checkEnvironment(Node.MapNode section, String path) {
    for (Node.Entry entry : section.entries().values()) {
      if (List.of("name", "type", "environments").contains(entry.key())) {
        reading.unknownField(entry, path, "'" + entry.key() + "' cannot be set per environment", IGNORED);
      } else {
        checkEntry(entry, "", path);
      }
    }
  }

  /** Checks one key of the map at {@code parent} (a schema path) and what its value holds. */
  private void checkEntry(Node.Entry entry, String parent, String documentPath) {
    String key = entry.key();
    String schemaPath;
    if (fields.keys(parent).contains(key)) {
      schemaPath = join(parent, key);
    } else if (fields.anyKey(parent)) {
      schemaPath = join(parent, "*");
    } else {
      reading.unknownField(entry, documentPath, unknown(key, parent), IGNORED);
      return;
    }
    check(entry.value(), schemaPath, join(documentPath, key));
  }

  private void check(Node value, String schemaPath, String documentPath) {
    if (fields.open(schemaPath)) {
      return;
    }
    if (value instanceof Node.MapNode) {
      Node.MapNode map = (Node.MapNode) value;
      if (fields.keys(schemaPath).isEmpty() && !fields.anyKey(schemaPath)) {
        return; // a scalar or list where Copilot wants one: the reader or Copilot's decoder says so
      }
      for (Node.Entry entry : map.entries().values()) {
        checkEntry(entry, schemaPath, documentPath);
      }
    } else if (value instanceof Node.ListNode && fields.list(schemaPath)) {
      List<Node> items = ((Node.ListNode) value).items();
      for (int i = 0; i < items.size(); i++) {
        check(items.get(i), schemaPath + "[]", documentPath + "[" + i + "]");
      }
    }
  }

  private String unknown(String key, String parent) {
    String shown = PrintableText.of(key);
    Set<String> siblings = fields.keys(parent);
    Optional<String> close = Suggestions.closest(key, siblings);
    if (close.isPresent()) {
      return "unknown field '" + shown + "'; did you mean '" + close.get() + "'?";
    }
    List<String> places = new java.util.ArrayList<>(fields.placesOf(key));
    // the place nearest to where the key stands: the longest path in common, then the shortest
    places.sort(java.util.Comparator.comparingInt((String place) -> -common(place, parent)).thenComparingInt(String::length));
    if (!places.isEmpty()) {
      return "'" + shown + "' is not a field here; did you mean '" + places.get(0).replace("[]", "[0]").replace("*", "<name>") + "'?";
    }
    List<String> others = fields.otherTypesWith(join(parent, key));
    if (!others.isEmpty()) {
      return "'" + shown + "' is not a field of a " + fields.type() + " (only of a " + String.join(", ", others) + ")";
    }
    return "unknown field '" + shown + "'";
  }

  private static int common(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
