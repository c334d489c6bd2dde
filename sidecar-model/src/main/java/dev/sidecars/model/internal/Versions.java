package dev.sidecars.model.internal;

import java.util.Comparator;
import java.util.Optional;

/**
 * Orders catalog versions: absent first, then part by part (split on {@code .}, {@code -} and
 * {@code +}), numeric parts as numbers and below text parts, and a version with a pre-release
 * ({@code 2.0.0-rc.1}) below the same version without one.
 */
public final class Versions implements Comparator<Optional<String>> {
  /** The one instance. */
  public static final Versions ORDER = new Versions();

  private Versions() {}

  @Override
  public int compare(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isPresent(), b.isPresent());
    }
    return compareVersions(a.get(), b.get());
  }

  private static int compareVersions(String a, String b) {
    String[] releaseA = a.split("\\+", 2)[0].split("-", 2);
    String[] releaseB = b.split("\\+", 2)[0].split("-", 2);
    int byRelease = compareParts(releaseA[0], releaseB[0]);
    if (byRelease != 0) {
      return byRelease;
    }
    boolean preA = releaseA.length > 1;
    boolean preB = releaseB.length > 1;
    if (preA != preB) {
      return preA ? -1 : 1;
    }
    int byPre = preA ? compareParts(releaseA[1], releaseB[1]) : 0;
    return byPre != 0 ? byPre : a.compareTo(b);
  }

  private static int compareParts(String a, String b) {
    String[] partsA = a.split("\\.");
    String[] partsB = b.split("\\.");
    for (int i = 0; i < Math.max(partsA.length, partsB.length); i++) {
      if (i >= partsA.length) {
        return -1;
      }
      if (i >= partsB.length) {
        return 1;
      }
      int part = comparePart(partsA[i], partsB[i]);
      if (part != 0) {
        return part;
      }
    }
    return 0;
  }

  private static int comparePart(String a, String b) {
    boolean numberA = a.matches("[0-9]+");
    boolean numberB = b.matches("[0-9]+");
    if (numberA && numberB) {
      int byLength = Integer.compare(a.replaceFirst("^0+(?=.)", "").length(), b.replaceFirst("^0+(?=.)", "").length());
      return byLength != 0 ? byLength : a.replaceFirst("^0+(?=.)", "").compareTo(b.replaceFirst("^0+(?=.)", ""));
    }
    if (numberA != numberB) {
      return numberA ? -1 : 1;
    }
    return a.compareTo(b);
  }
}
