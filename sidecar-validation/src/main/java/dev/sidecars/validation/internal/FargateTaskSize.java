package dev.sidecars.validation.internal;

import dev.sidecars.model.Workload;
import dev.sidecars.validation.FargateTaskSizes;
import dev.sidecars.validation.Profile;
import java.math.RoundingMode;
import java.util.Set;

/**
 * {@code resources.fargate-size}: when both task CPU and memory are given, they are a pair
 * Fargate offers (Copilot deploys to Fargate): 256 units with 512, 1024 or 2048 MiB; 512 with
 * 1-4 GiB; 1024 with 2-8 GiB; 2048 with 4-16 GiB; 4096 with 8-30 GiB (steps of 1 GiB); 8192
 * with 16-60 GiB (steps of 4 GiB); 16384 with 32-120 GiB (steps of 8 GiB).
 * The table is {@link FargateTaskSizes}, which the ECS emitter asks too.
 */
final class FargateTaskSize implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    if (workload.cpu().isEmpty() || workload.memory().isEmpty()) {
      return;
    }
    long units = workload.cpu().get().ecsUnits(RoundingMode.CEILING);
    long mib = workload.memory().get().mebibytes(RoundingMode.CEILING);
    if (!FargateTaskSizes.offers(units, mib)) {
      findings.error("resources.fargate-size", "cpu", "Fargate offers no task of " + units + " CPU units with "
          + mib + " MiB; see docs/validation.md for the pairs it offers");
    }
  }
}
