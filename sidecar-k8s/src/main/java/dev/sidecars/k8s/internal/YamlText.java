package dev.sidecars.k8s.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Writes fabric8 objects as kubectl-style YAML and as JSON. */
public final class YamlText {
  // fabric8 objects hold empty lists for unset fields; like kubectl, leave them out
  private static final JsonInclude.Value NON_EMPTY = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY);
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .changeDefaultPropertyInclusion(v -> NON_EMPTY)
      .build();
  private static final JsonMapper JSON = JsonMapper.builder().changeDefaultPropertyInclusion(v -> NON_EMPTY).build();
  private static final JsonMapper EXACT = JsonMapper.builder().build();

  private YamlText() {}

  /**
   * One YAML document per object, separated by {@code ---}.
   *
   * @param documents the objects
   * @return the YAML
   */
  public static String documents(List<Object> documents) {
    StringBuilder out = new StringBuilder();
    for (Object document : documents) {
      if (out.length() > 0) {
        out.append("---\n");
      }
      out.append(YAML.writeValueAsString(document));
    }
    return out.toString();
  }

  /**
   * A deep copy of a fabric8 object, through its JSON form: nothing of it is shared with the
   * original, Quantity and IntOrString values included.
   *
   * @param object the object
   * @param type its class
   * @param <T> its type
   * @return the copy, equal to the object
   */
  public static <T> T copy(T object, Class<? extends T> type) {
    return EXACT.readValue(EXACT.writeValueAsBytes(object), type);
  }

  /**
   * An object as compact JSON.
   *
   * @param object the object
   * @return the JSON
   */
  public static String json(Object object) {
    return JSON.writeValueAsString(object);
  }
}
