package dev.sidecars.validation.internal;

import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.math.RoundingMode;
import java.util.Set;

/**
 * {@code resources.ephemeral-storage}: a task's ephemeral storage is a whole number of GiB
 * from 20 (Fargate's default, which is not written) to 200, as Copilot and ECS take it.
 */
final class EphemeralStorageFitsEcs implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    workload.ephemeralStorage().ifPresent(size -> {
      long gib = size.gibibytes(RoundingMode.DOWN);
      if (size.bytes() % (1024L * 1024 * 1024) != 0) {
        findings.error("resources.ephemeral-storage", "ephemeralStorage",
            "ephemeral storage is given in whole GiB; " + size + " is not");
      } else if (gib < 20 || gib > 200) {
        findings.error("resources.ephemeral-storage", "ephemeralStorage",
            "ephemeral storage must be between 20 GiB and 200 GiB; " + size + " is not");
      }
    });
  }
}
