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

  /** The longest text a quantity may be. */
  public static final int MAX_TEXT = 64;
  /** The most decimal places a quantity may have. */
  public static final int MAX_SCALE = 10;
  /** The largest exponent, either way, that {@code 1e<n>} may have. */
  public static final int MAX_EXPONENT = 30;
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);
  /** An exponent suffix, {@code e3}; {@code Ei} and {@code E} are suffixes of units. */
  private static final String EXPONENT = "[eE][+-]?[0-9]+";
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
    return suffix.isEmpty() || suffix.matches(EXPONENT);
  }

  /**
   * Parses a quantity, bounded as Kubernetes bounds one: at most {@value #MAX_TEXT} characters,
   * a magnitude of at most 2^63-1, and no finer than {@value #MAX_SCALE} decimal places (a
   * 1024th of a thousandth, which ECS CPU units need); exponents beyond
   * &plusmn;{@value #MAX_EXPONENT} are refused before any arithmetic, so no text costs more
   * than its length.
   *
   * @param text the quantity, for example {@code "250m"}
   * @return the exact value, trailing zeros stripped
   * @throws IllegalArgumentException with a readable message when the text is no quantity, or
   *     one out of range
   */
  public static BigDecimal parse(String text) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("a quantity of " + text.length() + " characters is longer than any quantity "
          + "(at most " + MAX_TEXT + ")");
    }
    Matcher matcher = QUANTITY.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a quantity such as 500m, 0.5, 128Mi or 1Gi");
    }
    BigDecimal number = new BigDecimal(matcher.group(1).replace("+", ""));
    String suffix = matcher.group(2);
    BigDecimal scale;
    if (suffix.matches(EXPONENT)) {
      scale = BigDecimal.ONE.scaleByPowerOfTen(exponent(text, suffix.substring(1)));
    } else {
      scale = SUFFIXES.get(suffix);
      if (scale == null) {
        throw new IllegalArgumentException(
            "'" + text + "' has the unknown suffix '" + suffix
                + "'; suffixes are case-sensitive: n u m k M G T P E Ki Mi Gi Ti Pi Ei");
      }
    }
    BigDecimal value = number.multiply(scale);
    if (value.compareTo(MAX) > 0) {
      throw outOfRange(text);
    }
    value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (value.scale() > MAX_SCALE) {
      throw new IllegalArgumentException("'" + text + "' is finer than a quantity may be: at most " + MAX_SCALE
          + " decimal places");
    }
    return value;
  }

  private static int exponent(String text, String digits) {
    String magnitude = digits.replaceFirst("^[+-]", "");
    if (magnitude.length() > 3 || Integer.parseInt(magnitude) > MAX_EXPONENT) {
      throw outOfRange(text);
    }
    return Integer.parseInt(digits.startsWith("+") ? magnitude : digits);
  }

  private static IllegalArgumentException outOfRange(String text) {
    return new IllegalArgumentException("'" + text + "' is out of range: a quantity is at most 2^63-1 ("
        + Long.MAX_VALUE + ") and no finer than " + MAX_SCALE + " decimal places");
  }
}
