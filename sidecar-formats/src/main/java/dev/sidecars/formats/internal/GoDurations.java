package dev.sidecars.formats.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's duration notation, which Copilot manifests use: {@code 10s}, {@code 1m30s},
 * {@code 1.5h}, {@code 250ms}. Units: {@code ns}, {@code us} (or {@code µs}), {@code ms},
 * {@code s}, {@code m}, {@code h}. A leading {@code -} makes a negative duration, as in Go: the
 * readers keep what the file says, and validation reports a negative duration where one is
 * meaningless.
 */
public final class GoDurations {
  private static final Pattern PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)");

  private GoDurations() {}

  /**
   * Parses a duration.
   *
   * @param text for example {@code "1m30s"}
   * @return the duration
   * @throws IllegalArgumentException with a readable message when the text is no duration
   */
  public static Duration parse(String text) {
    if ((text.startsWith("-") || text.startsWith("+")) && !text.startsWith("-", 1) && !text.startsWith("+", 1)) {
      Duration magnitude = parse(text.substring(1));
      return text.startsWith("-") ? magnitude.negated() : magnitude;
    }
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    Matcher matcher = PART.matcher(text);
    int position = 0;
    BigDecimal nanos = BigDecimal.ZERO;
    while (position < text.length()) {
      if (!matcher.find(position) || matcher.start() != position) {
        throw new IllegalArgumentException(
            "'" + text + "' is not a duration such as 10s, 1m30s or 500ms");
      }
      nanos = nanos.add(new BigDecimal(matcher.group(1)).multiply(unitNanos(matcher.group(2))));
      position = matcher.end();
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("an empty text is not a duration");
    }
    try {
      return Duration.ofNanos(nanos.setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("'" + text + "' is too long a duration");
    }
  }

  private static BigDecimal unitNanos(String unit) {
    switch (unit) {
      case "ns":
        return BigDecimal.ONE;
      case "us":
      case "µs":
      case "μs":
        return BigDecimal.valueOf(1_000L);
      case "ms":
        return BigDecimal.valueOf(1_000_000L);
      case "s":
        return BigDecimal.valueOf(1_000_000_000L);
      case "m":
        return BigDecimal.valueOf(60_000_000_000L);
      default:
        return BigDecimal.valueOf(3_600_000_000_000L);
    }
  }

  /**
   * Formats a duration the way Go prints one: {@code 0s}, {@code 1h2m3.5s}, {@code 250ms},
   * {@code 1.5us}, {@code 10ns}.
   *
   * @param duration a duration; a negative one is written with a leading {@code -}
   * @return the notation
   */
  public static String format(Duration duration) {
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    if (duration.isZero()) {
      return "0s";
    }
    BigDecimal nanos = new BigDecimal(duration.getSeconds()).movePointRight(9).add(BigDecimal.valueOf(duration.getNano()));
    if (duration.getSeconds() == 0) {
      long n = duration.getNano();
      if (n < 1_000) {
        return n + "ns";
      }
      if (n < 1_000_000) {
        return plain(nanos.movePointLeft(3)) + "us";
      }
      return plain(nanos.movePointLeft(6)) + "ms";
    }
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    BigDecimal seconds = nanos.movePointLeft(9).subtract(BigDecimal.valueOf(hours * 3600 + minutes * 60));
    StringBuilder text = new StringBuilder();
    if (hours > 0) {
      text.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      text.append(minutes).append('m');
    }
    return text.append(plain(seconds)).append('s').toString();
  }

  private static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
