package dev.sidecars.ecs.internal;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Writes trees of maps, lists and scalars as pretty JSON or kubectl-style YAML. */
public final class TreeText {
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .build();

  private TreeText() {}

  /**
   * Pretty JSON, two-space indentation, ending in a newline.
   *
   * @param tree the tree
   * @return the text
   */
  public static String json(Object tree) {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return JSON.writerWithDefaultPrettyPrinter().with(printer).writeValueAsString(tree) + "\n";
  }

  /**
   * YAML without a document marker.
   *
   * @param tree the tree
   * @return the text
   */
  public static String yaml(Object tree) {
    return YAML.writeValueAsString(tree);
  }
}
