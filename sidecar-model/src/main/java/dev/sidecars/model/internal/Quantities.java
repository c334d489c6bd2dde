package dev.sidecars.model.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Kubernetes quantity notation ({@code 500m}, {@code 1.5Gi}, {@code 2e3}) into an
 * exact decimal. Suffixes are case-sensitive, as in Kubernetes: {@code m} is milli,
 * {@code M} is mega.
 */
public final class Quantities {
  private static final Pattern QUANTITY =
      Pattern.compile("([+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))((?:[eE][+-]?[0-9]+)|[a-zA-Z]*)");

  private static final BigDecimal KI = BigDecimal.valueOf(1024);
  private static final BigDecimal K = BigDecimal.valueOf(1000);

  private static final Map<String, BigDecimal> SUFFIXES =
      Map.ofEntries(
          Map.entry("n", BigDecimal.ONE.movePointLeft(9)),
          Map.entry("u", BigDecimal.ONE.movePointLeft(6)),
          Map.entry("m", BigDecimal.ONE.movePointLeft(3)),
          Map.entry("", BigDecimal.ONE),
          Map.entry("k", K),
          Map.entry("M", K.pow(2)),
          Map.entry("G", K.pow(3)),
          Map.entry("T", K.pow(4)),
          Map.entry("P", K.pow(5)),
          Map.entry("E", K.pow(6)),
          Map.entry("Ki", KI),
          Map.entry("Mi", KI.pow(2)),
          Map.entry("Gi", KI.pow(3)),
          Map.entry("Ti", KI.pow(4)),
          Map.entry("Pi", KI.pow(5)),
          Map.entry("Ei", KI.pow(6)));

  private Quantities() {}

  /**
   * Whether a quantity has no unit suffix: a plain number, or one with an exponent
   * ({@code 512}, {@code 0.5}, {@code 129e6}).
   *
   * @param text the quantity
   * @return true when it is a number without a suffix
   */
  public static boolean isBare(String text) {
    Matcher matcher = QUANTITY.matcher(text);
    if (!matcher.matches()) {
      return false;
    }
    String suffix = matcher.group(2);
    return suffix.isEmpty() || (suffix.length() > 1 && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E'));
  }

  /**
   * Parses a quantity.
   *
   * @param text the quantity, for example {@code "250m"}
   * @return the exact value, trailing zeros stripped
   * @throws IllegalArgumentException with a readable message when the text is no quantity
   */
  public static BigDecimal parse(String text) {
    Matcher matcher = QUANTITY.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a quantity such as 500m, 0.5, 128Mi or 1Gi");
    }
    BigDecimal number = new BigDecimal(matcher.group(1).replace("+", ""));
    String suffix = matcher.group(2);
    BigDecimal scale;
    if (!suffix.isEmpty() && (suffix.charAt(0) == 'e' || suffix.charAt(0) == 'E')
        && suffix.length() > 1) {
      scale = BigDecimal.ONE.scaleByPowerOfTen(Integer.parseInt(suffix.substring(1)));
    } else {
      scale = SUFFIXES.get(suffix);
      if (scale == null) {
        throw new IllegalArgumentException(
            "'" + text + "' has the unknown suffix '" + suffix
                + "'; suffixes are case-sensitive: n u m k M G T P E Ki Mi Gi Ti Pi Ei");
      }
    }
    BigDecimal value = number.multiply(scale);
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }
}
