package dev.sidecars.model;

import org.immutables.value.Value;

/**
 * The operating system and CPU architecture of a workload, written {@code os/arch} as in
 * Copilot's {@code platform: linux/arm64}.
 */
@Value.Immutable
public abstract class Platform {

  /**
   * The operating system family.
   *
   * @return the operating system
   */
  @Value.Parameter
  public abstract OperatingSystem os();

  /**
   * The CPU architecture.
   *
   * @return the architecture
   */
  @Value.Parameter
  public abstract Architecture arch();

  /**
   * A platform of the given parts.
   *
   * @param os the operating system
   * @param arch the architecture
   * @return the platform
   */
  public static Platform of(OperatingSystem os, Architecture arch) {
    return ImmutablePlatform.of(os, arch);
  }

  /** Linux on x86_64, ECS's default. */
  public static Platform linuxX86() {
    return of(OperatingSystem.LINUX, Architecture.X86_64);
  }

  /** Linux on ARM64 (Graviton). */
  public static Platform linuxArm64() {
    return of(OperatingSystem.LINUX, Architecture.ARM64);
  }

  /**
   * Parses {@code os/arch}, for example {@code "linux/arm64"} or {@code "windows/x86_64"}.
   * Architecture aliases are normalised: {@code amd64} reads as {@code x86_64}, {@code arm}
   * as {@code arm64}.
   *
   * @param text the platform
   * @return the platform
   * @throws ModelException when the text is not {@code os/arch} with known parts
   */
  public static Platform parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      throw new ModelException(
          "platform", "'" + text + "' is not of the form os/arch, for example linux/arm64");
    }
    return of(OperatingSystem.parse(parts[0]), Architecture.parse(parts[1]));
  }

  /** The {@code os/arch} notation, for example {@code linux/arm64}. */
  @Override
  public String toString() {
    return os() + "/" + arch();
  }
}
