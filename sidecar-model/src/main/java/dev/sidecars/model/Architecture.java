package dev.sidecars.model;

/** The CPU architecture a workload's containers run on. */
public enum Architecture {
  /** 64-bit x86; {@code amd64} is read as this. */
  X86_64("x86_64"),
  /** 64-bit ARM; {@code arm} is read as this, as Copilot does. */
  ARM64("arm64");

  private final String id;

  Architecture(String id) {
    this.id = id;
  }

  /**
   * Parses an architecture: {@code x86_64} or {@code amd64}, {@code arm64} or {@code arm}.
   *
   * @param text the name, in any case
   * @return the architecture
   * @throws ModelException listing the accepted names when the text is none of them
   */
  public static Architecture parse(String text) {
    switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "x86_64":
      case "amd64":
        return X86_64;
      case "arm64":
      case "arm":
        return ARM64;
      default:
        throw new ModelException(
            "platform",
            "unknown architecture '" + text + "'; expected one of x86_64, amd64, arm64, arm");
    }
  }

  /** The canonical name, {@code x86_64} or {@code arm64}. */
  @Override
  public String toString() {
    return id;
  }
}
