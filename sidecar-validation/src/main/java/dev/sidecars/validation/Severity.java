package dev.sidecars.validation;

/** How bad a violation is. */
public enum Severity {
  /** The target rejects the workload, or runs it wrong. */
  ERROR,
  /** Allowed, but probably not what was meant. */
  WARNING;

  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
