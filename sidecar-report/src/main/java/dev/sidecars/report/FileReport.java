package dev.sidecars.report;

import java.util.List;

/** The findings of one file, and whether the file could be read at all. */
public final class FileReport {
  private final String file;
  private final List<Finding> findings;
  private final boolean unusable;

  /**
   * The report of one file.
   *
   * @param file the file, as the user named it
   * @param findings its findings, in the order found
   * @param unusable whether the file could not be read or parsed at all
   */
  public FileReport(String file, List<Finding> findings, boolean unusable) {
    this.file = file;
    this.findings = List.copyOf(findings);
    this.unusable = unusable;
  }

  /** @return the file, as the user named it */
  public String file() {
    return file;
  }

  /** @return its findings, errors and warnings in the order found */
  public List<Finding> findings() {
    return findings;
  }

  /** @return true when the file could not be read or parsed */
  public boolean unusable() {
    return unusable;
  }

  /** @return how many findings are errors */
  public long errors() {
    return findings.stream().filter(Finding::isError).count();
  }

  /** @return how many findings are warnings */
  public long warnings() {
    return findings.size() - errors();
  }
}
