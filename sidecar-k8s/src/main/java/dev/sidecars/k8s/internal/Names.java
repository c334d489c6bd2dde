package dev.sidecars.k8s.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Kubernetes names derived by documented rules (docs/mapping.md). */
public final class Names {
  private static final Pattern OTHER = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DASHES_AT_ENDS = Pattern.compile("^-+|-+$");
  private static final Pattern VALID = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

  private Names() {}

  /**
   * A DNS-1123 label from any text: lower case, every run of other characters a {@code -},
   * no {@code -} at the ends, at most 63 characters.
   *
   * @param text the text
   * @return the label, {@code x} when nothing is left
   */
  public static String label(String text) {
    if (VALID.matcher(text).matches()) {
      return text;
    }
    String label = DASHES_AT_ENDS.matcher(OTHER.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    if (label.length() > 63) {
      label = DASHES_AT_ENDS.matcher(label.substring(0, 63)).replaceAll("");
    }
    return label.isEmpty() ? "x" : label;
  }
}
