package dev.sidecars.k8s.internal;

import dev.sidecars.k8s.KubernetesEmitException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Scheduled Job's schedule, in the forms Copilot's {@code on.schedule} takes, as the
 * schedule of a Kubernetes CronJob.
 *
 * <ul>
 *   <li>A five-field cron expression and the macros ({@code @hourly}, {@code @daily},
 *       {@code @midnight}, {@code @weekly}, {@code @monthly}, {@code @yearly},
 *       {@code @annually}) mean the same to Copilot and to Kubernetes, which both read them
 *       with robfig/cron's standard parser; they are kept as written.
 *   <li>{@code @every D} and Amazon's {@code rate(N unit)} become the cron expression that
 *       fires at the same interval, when one does: every N minutes where N divides an hour,
 *       every N hours where N divides a day, daily, and weekly. Any other interval is an
 *       error naming the schedule.
 *   <li>Amazon's {@code cron(minute hour day month weekday year)} becomes the five fields,
 *       when the year is {@code *} and it uses no Amazon-only syntax ({@code L}, {@code W},
 *       {@code #}); weekdays 1-7 (Sunday first) become 0-6.
 *   <li>{@code none}, a job Copilot never triggers, has no schedule: it runs as a Job.
 * </ul>
 */
public final class CronSchedules {
  private static final String PATH = "job.schedule";
  private static final Pattern FIELD = Pattern.compile("[0-9A-Za-z*?/,-]+");
  private static final Pattern AMAZON_FIELD = Pattern.compile("[0-9A-Za-z*?/,#-]+");
  private static final Pattern RATE = Pattern.compile("rate\\(\\s*([0-9]+)\\s+(minutes?|hours?|days?)\\s*\\)");
  private static final Pattern DURATION_PART = Pattern.compile("([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h)");
  private static final long MINUTES_PER_DAY = 24 * 60;
  private static final long MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

  private CronSchedules() {}

  /**
   * The CronJob schedule of a Copilot schedule.
   *
   * @param schedule the schedule as the manifest gives it
   * @return the cron expression, or empty for {@code none}
   * @throws KubernetesEmitException when no cron expression says the same
   */
  public static Optional<String> toKubernetes(String schedule) {
    String text = schedule.trim();
    if (text.isEmpty()) {
      throw new KubernetesEmitException(PATH, "the Scheduled Job has no schedule; give on.schedule, or a schedule to the emitter");
    }
    if (text.equals("none")) {
      return Optional.empty();
    }
    if (text.startsWith("@every ")) {
      return Optional.of(everyMinutes(schedule, minutesOf(schedule, text.substring("@every ".length()).trim())));
    }
    if (text.startsWith("@")) {
      if (!text.matches("@(hourly|daily|midnight|weekly|monthly|yearly|annually)")) {
        throw new KubernetesEmitException(PATH, "'" + schedule + "' is not a schedule; the macros are @hourly, @daily, "
            + "@midnight, @weekly, @monthly, @yearly, @annually and @every DURATION");
      }
      return Optional.of(text);
    }
    Matcher rate = RATE.matcher(text);
    if (rate.matches()) {
      long amount = Long.parseLong(rate.group(1));
      String unit = rate.group(2);
      long minutes = unit.startsWith("minute") ? amount : unit.startsWith("hour") ? amount * 60 : amount * MINUTES_PER_DAY;
      return Optional.of(everyMinutes(schedule, minutes));
    }
    if (text.startsWith("cron(") && text.endsWith(")")) {
      return Optional.of(fromAmazonCron(schedule, text.substring("cron(".length(), text.length() - 1).trim()));
    }
    String[] fields = text.split("\\s+");
    if (fields.length != 5 || !allFields(fields, FIELD)) {
      throw new KubernetesEmitException(PATH, "'" + schedule + "' is not a schedule: give five cron fields (minute hour "
          + "day-of-month month day-of-week), a macro such as @daily, @every DURATION, rate(...) or cron(...)");
    }
    return Optional.of(String.join(" ", fields));
  }

  private static boolean allFields(String[] fields, Pattern pattern) {
    for (String field : fields) {
      if (!pattern.matcher(field).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The cron expression that fires every so many minutes, aligned as cron aligns. */
  private static String everyMinutes(String schedule, long minutes) {
    if (minutes >= 1 && minutes < 60 && 60 % minutes == 0) {
      return minutes == 1 ? "* * * * *" : "*/" + minutes + " * * * *";
    }
    if (minutes >= 60 && minutes % 60 == 0 && minutes < MINUTES_PER_DAY && MINUTES_PER_DAY % minutes == 0) {
      long hours = minutes / 60;
      return hours == 1 ? "0 * * * *" : "0 */" + hours + " * * *";
    }
    if (minutes == MINUTES_PER_DAY) {
      return "0 0 * * *";
    }
    if (minutes == MINUTES_PER_WEEK) {
      return "0 0 * * 0";
    }
    throw new KubernetesEmitException(PATH, "'" + schedule + "' runs every " + minutes + " minutes, which no cron expression says "
        + "exactly (cron repeats within an hour, a day or a week); give on.schedule as a cron expression");
  }

  /** Whole minutes of a Go duration, as Copilot requires of {@code @every}. */
  private static long minutesOf(String schedule, String duration) {
    Matcher part = DURATION_PART.matcher(duration);
    BigDecimal seconds = BigDecimal.ZERO;
    int position = 0;
    while (position < duration.length()) {
      if (!part.find(position) || part.start() != position) {
        throw new KubernetesEmitException(PATH, "'" + schedule + "' has no duration such as 15m or 1h30m after @every");
      }
      seconds = seconds.add(new BigDecimal(part.group(1)).multiply(secondsPer(part.group(2))));
      position = part.end();
    }
    BigDecimal[] minutes = seconds.divideAndRemainder(BigDecimal.valueOf(60));
    if (duration.isEmpty() || minutes[1].signum() != 0 || minutes[0].signum() == 0) {
      throw new KubernetesEmitException(PATH, "'" + schedule + "': the duration must be a whole number of minutes, at least 1, "
          + "as Copilot requires");
    }
    return minutes[0].longValueExact();
  }

  private static BigDecimal secondsPer(String unit) {
    switch (unit) {
      case "h":
        return BigDecimal.valueOf(3600);
      case "m":
        return BigDecimal.valueOf(60);
      case "s":
        return BigDecimal.ONE;
      case "ms":
        return new BigDecimal("0.001");
      case "ns":
        return new BigDecimal("0.000000001");
      default:
        return new BigDecimal("0.000001");
    }
  }

  /** Amazon's six fields as cron's five. */
  private static String fromAmazonCron(String schedule, String expression) {
    String[] fields = expression.split("\\s+");
    if (fields.length != 6 || !allFields(fields, AMAZON_FIELD)) {
      throw new KubernetesEmitException(PATH, "'" + schedule + "' is not an Amazon cron expression of six fields "
          + "(minute hour day-of-month month day-of-week year)");
    }
    if (!fields[5].equals("*")) {
      throw new KubernetesEmitException(PATH, "'" + schedule + "' names the year " + fields[5] + ", which Kubernetes cron cannot");
    }
    for (int i = 0; i < 5; i++) {
      for (String token : fields[i].split("[,/-]")) {
        if (token.contains("#") || token.matches("[0-9]*[LW]+")) {
          throw new KubernetesEmitException(PATH, "'" + schedule + "' uses Amazon's L, W or # in '" + fields[i]
              + "', which Kubernetes cron cannot");
        }
      }
    }
    return String.join(" ", fields[0], fields[1], fields[2].replace('?', '*'), fields[3],
        weekdays(schedule, fields[4]).replace('?', '*'));
  }

  /** Amazon's weekday numbers (1 is Sunday) as cron's (0 is Sunday); a step after / stays. */
  private static String weekdays(String schedule, String field) {
    List<String> items = new ArrayList<>();
    for (String item : field.split(",", -1)) {
      int slash = item.indexOf('/');
      String range = slash < 0 ? item : item.substring(0, slash);
      StringBuilder days = new StringBuilder();
      for (char c : range.toCharArray()) {
        days.append(Character.isDigit(c) ? weekdayFromAmazon(schedule, c) : c);
      }
      items.add(days + (slash < 0 ? "" : item.substring(slash)));
    }
    return String.join(",", items);
  }

  private static char weekdayFromAmazon(String schedule, char digit) {
    if (digit < '1' || digit > '7') {
      throw new KubernetesEmitException(PATH, "'" + schedule + "': Amazon's weekdays are 1 (Sunday) to 7 (Saturday), not " + digit);
    }
    return (char) (digit - 1);
  }
}
