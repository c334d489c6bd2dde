package dev.sidecars.formats.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name closest to a misspelt one, for "did you mean" hints: the same name in
 * another case or with {@code _}/{@code -} ({@code env_file} for {@code envFile}), a known
 * name that starts with the given one ({@code configFile} for {@code configFilePath}), or one
 * within a small edit distance.
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The closest known name.
   *
   * @param given the unknown name
   * @param known the names that would have been accepted, in a stable order
   * @return the suggestion, or empty when nothing is close
   */
  public static Optional<String> closest(String given, Collection<String> known) {
    String normalized = normalize(given);
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    for (String candidate : known) {
      String other = normalize(candidate);
      int score;
      if (other.equals(normalized)) {
        score = 0;
      } else if (normalized.length() >= 3 && (other.startsWith(normalized) || normalized.startsWith(other))) {
        score = 1;
      } else {
        int distance = distance(normalized, other);
        int allowed = Math.max(1, Math.min(3, other.length() / 3));
        if (distance > allowed) {
          continue;
        }
        score = 1 + distance;
      }
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String normalize(String name) {
    return name.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
