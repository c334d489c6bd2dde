package dev.sidecars.formats;

/** The two notations a manifest is read from and written in. */
public enum ManifestFormat {
  /** YAML 1.1/1.2, block style, kubectl-like quoting. */
  YAML,
  /** JSON, pretty-printed with two-space indentation. */
  JSON;

  /**
   * Guesses the notation of a text: JSON when its first non-blank character is <code>{</code>,
   * else YAML.
   *
   * @param text the document
   * @return the notation
   */
  public static ManifestFormat detect(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        continue;
      }
      return c == '{' ? JSON : YAML;
    }
    return YAML;
  }
}
