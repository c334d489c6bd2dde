package dev.sidecars.model;

import java.util.Locale;

/** The operating system family a workload's containers run on, in Copilot's names. */
public enum OperatingSystem {
  /** Linux. */
  LINUX,
  /** Windows, with the default Windows Server edition. */
  WINDOWS,
  /** Windows Server 2019 Core. */
  WINDOWS_SERVER_2019_CORE,
  /** Windows Server 2019 Full. */
  WINDOWS_SERVER_2019_FULL,
  /** Windows Server 2022 Core. */
  WINDOWS_SERVER_2022_CORE,
  /** Windows Server 2022 Full. */
  WINDOWS_SERVER_2022_FULL;

  /**
   * Whether this is a Windows family; FireLens and App Mesh are not supported there.
   *
   * @return true for every {@code WINDOWS*} constant
   */
  public boolean isWindows() {
    return this != LINUX;
  }

  /**
   * Parses a name in Copilot's notation, in any case ({@code "linux"},
   * {@code "windows_server_2019_core"}).
   *
   * @param text the name
   * @return the operating system
   * @throws ModelException listing the known names when the text is none of them
   */
  public static OperatingSystem parse(String text) {
    for (OperatingSystem os : values()) {
      if (os.name().equalsIgnoreCase(text)) {
        return os;
      }
    }
    throw new ModelException(
        "platform",
        "unknown operating system '" + text + "'; expected one of linux, windows,"
            + " windows_server_2019_core, windows_server_2019_full,"
            + " windows_server_2022_core, windows_server_2022_full");
  }

  /** The lower-case name, for example {@code "windows_server_2019_core"}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
