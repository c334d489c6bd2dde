package dev.sidecars.k8s.internal;

import java.util.Locale;

/** Kubernetes names derived by documented rules (docs/mapping.md). */
public final class Names {
  private Names() {}

  /**
   * A DNS-1123 label from any text: lower case, every run of other characters a {@code -},
   * no {@code -} at the ends, at most 63 characters.
   *
   * @param text the text
   * @return the label, {@code x} when nothing is left
   */
  public static String label(String text) {
    String label = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (label.length() > 63) {
      label = label.substring(0, 63).replaceAll("-+$", "");
    }
    return label.isEmpty() ? "x" : label;
  }
}
