package dev.sidecars.formats.internal;

import dev.sidecars.formats.ManifestFormat;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Writes a tree of maps, lists, strings, numbers and booleans as YAML or JSON.
 *
 * <p>YAML is written kubectl-style: no document marker, strings unquoted where that is safe.
 * A string is quoted whenever a YAML 1.1 or 1.2 reader could take it for anything but a
 * string ({@code "8080"}, {@code "0x1F"}, {@code "1e3"}, {@code "yes"}, {@code "~"},
 * {@code ".inf"}), so every string reads back as the same string.
 */
public final class TreeEmitter {
  private static final TokenStreamFactory JSON = JsonFactory.builder().build();
  private static final TokenStreamFactory YAML =
      YAMLFactory.builder()
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .stringQuotingChecker(new StrictQuoting())
          .build();

  private static final ObjectWriteContext PRETTY_JSON =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          return new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        }

        @Override
        public boolean hasPrettyPrinter() {
          return true;
        }
      };

  private TreeEmitter() {}

  /**
   * Writes a tree.
   *
   * @param tree maps with string keys, lists, strings, numbers ({@link RawNumber} for numbers
   *     kept as written, {@code BigDecimal} for decimals), booleans and nulls
   * @param format the notation
   * @return the text, ending in a newline
   */
  public static String write(Object tree, ManifestFormat format) {
    StringWriter out = new StringWriter();
    boolean json = format == ManifestFormat.JSON;
    try (JsonGenerator generator =
        json
            ? JSON.createGenerator(PRETTY_JSON, out)
            : YAML.createGenerator(ObjectWriteContext.empty(), out)) {
      write(generator, tree);
    }
    String text = out.toString();
    return text.endsWith("\n") ? text : text + "\n";
  }

  private static void write(JsonGenerator generator, Object value) {
    if (value instanceof Map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        generator.writeName((String) entry.getKey());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List) {
      generator.writeStartArray();
      for (Object item : (List<?>) value) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (value instanceof String) {
      generator.writeString((String) value);
    } else if (value instanceof Integer) {
      generator.writeNumber((Integer) value);
    } else if (value instanceof Long) {
      generator.writeNumber((Long) value);
    } else if (value instanceof Boolean) {
      generator.writeBoolean((Boolean) value);
    } else if (value instanceof java.math.BigDecimal) {
      generator.writeNumber(((java.math.BigDecimal) value).toString());
    } else if (value instanceof RawNumber) {
      generator.writeNumber(((RawNumber) value).text());
    } else if (value == null) {
      generator.writeNull();
    } else {
      throw new IllegalArgumentException("cannot write a " + value.getClass().getName());
    }
  }

  /** Quotes every string a YAML reader might not read back as that string. */
  private static final class StrictQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final Pattern NUMBER_LIKE =
        Pattern.compile(
            "[-+]?("
                + "[0-9][0-9_]*" // decimal and YAML 1.1 octal integers
                + "|0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+" // hex, YAML 1.2 octal, binary
                + "|[0-9][0-9_]*(\\.[0-9_]*)?(e[-+]?[0-9]+)?" // decimals with exponent
                + "|\\.[0-9_]+(e[-+]?[0-9]+)?" // .5
                + "|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?" // YAML 1.1 sexagesimal
                + "|\\.inf|\\.nan)",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> KEYWORDS =
        java.util.Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "=", "<<");

    @Override
    public boolean needToQuoteValue(String value) {
      return value.isEmpty()
          || NUMBER_LIKE.matcher(value).matches()
          || KEYWORDS.contains(value.toLowerCase(Locale.ROOT))
          || !value.strip().equals(value)
          || super.needToQuoteValue(value);
    }

    @Override
    public boolean needToQuoteName(String name) {
      return name.isEmpty()
          || NUMBER_LIKE.matcher(name).matches()
          || KEYWORDS.contains(name.toLowerCase(Locale.ROOT))
          || !name.strip().equals(name)
          || super.needToQuoteName(name);
    }
  }
}
