package dev.sidecars.validation;

/**
 * The task sizes Fargate offers (the ECS developer guide, "Task size"): 256 CPU units with 512,
 * 1024 or 2048 MiB; 512 with 1-4 GiB; 1024 with 2-8 GiB; 2048 with 4-16 GiB; 4096 with 8-30 GiB
 * (steps of 1 GiB); 8192 with 16-60 GiB (steps of 4 GiB); 16384 with 32-120 GiB (steps of
 * 8 GiB). The validation rule {@code resources.fargate-size} and the ECS emitter both ask here,
 * so that they refuse alike.
 */
public final class FargateTaskSizes {
  private FargateTaskSizes() {}

  /**
   * Whether Fargate offers a task of this size.
   *
   * @param units CPU units
   * @param mib memory in MiB
   * @return true for a pair of the table
   */
  public static boolean offers(long units, long mib) {
    long gib = mib / 1024;
    boolean wholeGib = mib % 1024 == 0;
    if (units > Integer.MAX_VALUE) {
      return false; // (int) would wrap 2^32 + 256 units round to 256
    }
    switch ((int) units) {
      case 256:
        return mib == 512 || mib == 1024 || mib == 2048;
      case 512:
        return wholeGib && gib >= 1 && gib <= 4;
      case 1024:
        return wholeGib && gib >= 2 && gib <= 8;
      case 2048:
        return wholeGib && gib >= 4 && gib <= 16;
      case 4096:
        return wholeGib && gib >= 8 && gib <= 30;
      case 8192:
        return wholeGib && gib >= 16 && gib <= 60 && gib % 4 == 0;
      case 16384:
        return wholeGib && gib >= 32 && gib <= 120 && gib % 8 == 0;
      default:
        return false;
    }
  }

  /** The CPU units Fargate offers, smallest first. */
  private static final long[] UNITS = {256, 512, 1024, 2048, 4096, 8192, 16384};

  /** A task size Fargate offers. */
  public static final class Size {
    private final long units;
    private final long mebibytes;

    private Size(long units, long mebibytes) {
      this.units = units;
      this.mebibytes = mebibytes;
    }

    /** @return the CPU units */
    public long units() {
      return units;
    }

    /** @return the memory in MiB */
    public long mebibytes() {
      return mebibytes;
    }

    @Override
    public String toString() {
      return units + "/" + mebibytes;
    }
  }

  /**
   * The smallest task Fargate offers that holds a demand: the fewest CPU units at or above it
   * that come with enough memory, with the least such memory.
   *
   * @param units the CPU units needed
   * @param mib the memory needed, in MiB
   * @return the size, or empty when the largest task is too small
   */
  public static java.util.Optional<Size> smallestHolding(long units, long mib) {
    for (long offered : UNITS) {
      if (offered < units) {
        continue;
      }
      for (long memory = 512; memory <= 122_880; memory += 512) {
        if (memory >= mib && offers(offered, memory)) {
          return java.util.Optional.of(new Size(offered, memory));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** @return the table in one sentence, for messages */
  public static String describe() {
    return "it offers 256 units with 512, 1024 or 2048 MiB; 512 with 1-4 GiB; 1024 with 2-8 GiB; 2048 with 4-16 GiB; "
        + "4096 with 8-30 GiB (1 GiB steps); 8192 with 16-60 GiB (4 GiB steps); 16384 with 32-120 GiB (8 GiB steps)";
  }
}
