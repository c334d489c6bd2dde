package dev.sidecars.model;

import org.immutables.value.Value;

/** Where a sidecar template is documented, as Mia-Platform's {@code documentation}. */
@Value.Immutable
public abstract class Documentation {

  /** How {@link #url()} is read. */
  public enum Type {
    /** A link to an external page. */
    EXTERNAL_LINK("externalLink"),
    /** A Markdown document. */
    MARKDOWN("markdown");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    /**
     * Parses Mia-Platform's name for the type.
     *
     * @param text {@code "externalLink"} or {@code "markdown"}
     * @return the type
     * @throws ModelException when the text is neither
     */
    public static Type parse(String text) {
      for (Type type : values()) {
        if (type.id.equals(text)) {
          return type;
        }
      }
      throw new ModelException(
          "documentation.type",
          "unknown documentation type '" + text + "'; expected externalLink or markdown");
    }

    /** Mia-Platform's name, {@code externalLink} or {@code markdown}. */
    @Override
    public String toString() {
      return id;
    }
  }

  /** @return how the URL is read */
  @Value.Parameter
  public abstract Type type();

  /** @return the URL */
  @Value.Parameter
  public abstract String url();

  /**
   * A link to an external documentation page.
   *
   * @param url the page
   * @return the documentation
   */
  public static Documentation externalLink(String url) {
    return ImmutableDocumentation.of(Type.EXTERNAL_LINK, url);
  }

  /**
   * Documentation of the given type.
   *
   * @param type the type
   * @param url the URL
   * @return the documentation
   */
  public static Documentation of(Type type, String url) {
    return ImmutableDocumentation.of(type, url);
  }
}
