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

  /** Edit distance counting a swap of two neighbouring letters as one edit. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
