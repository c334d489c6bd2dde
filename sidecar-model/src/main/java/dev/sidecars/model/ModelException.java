package dev.sidecars.model;

import dev.sidecars.model.spi.PrintableText;

/**
 * Thrown when a value cannot be built because it is structurally impossible: a required
 * field is missing, or a notation such as {@code "2000/udp"} or {@code "500m"} cannot be
 * parsed. The message names the field or the notation.
 *
 * <p>What no target could ever run is refused here too: a port outside 1-65535, a container
 * with a blank name or image (naming the container). Problems that depend on the target or on
 * other fields (a dependency cycle, a port two containers share) are not thrown here; the
 * validation module reports them all at once.
 */
public final class ModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  /**
   * Creates an exception about one field.
   *
   * @param field the field's name in the model, for example {@code "image"}
   * @param message what is wrong, in a sentence a person understands
   */
  public ModelException(String field, String message) {
    super(PrintableText.of(field) + ": " + PrintableText.of(message));
    this.field = field;
    this.problem = PrintableText.of(message);
  }

  /**
   * Used by the generated builders when required fields are missing; their message reads
   * {@code "Cannot build Container, some of required attributes are not set [name, image]"}.
   *
   * @param builderMessage the generated builder's message
   */
  ModelException(String builderMessage) {
    this(missingFields(builderMessage), builderMessage);
  }

  private ModelException(String[] parsed, String builderMessage) {
    super(parsed == null ? builderMessage : parsed[0] + ": required field(s) not set: " + parsed[1]);
    this.field = parsed == null ? "" : parsed[1];
    this.problem = parsed == null ? builderMessage : "required field(s) not set: " + parsed[1];
  }

  private static String[] missingFields(String builderMessage) {
    int open = builderMessage.lastIndexOf('[');
    int close = builderMessage.lastIndexOf(']');
    int type = builderMessage.indexOf("build ");
    int comma = builderMessage.indexOf(',');
    if (open < 0 || close < open || type < 0 || comma < type) {
      return null;
    }
    return new String[] {
      builderMessage.substring(type + "build ".length(), comma),
      builderMessage.substring(open + 1, close)
    };
  }

  /**
   * The field the problem is about.
   *
   * @return the model field name, for example {@code "ports"}
   */
  public String field() {
    return field;
  }

  /**
   * What is wrong, without the field name in front.
   *
   * @return for example {@code "unknown protocol 'icmp'; expected one of tcp, udp, sctp"}
   */
  public String problem() {
    return problem;
  }
}
