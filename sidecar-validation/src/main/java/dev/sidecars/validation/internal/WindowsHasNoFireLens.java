package dev.sidecars.validation.internal;

import dev.sidecars.model.Logging;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/** {@code logging.windows}: "Windows containers don't support FireLens." */
final class WindowsHasNoFireLens implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    boolean windows = workload.platform().map(p -> p.os().isWindows()).orElse(false);
    if (windows && workload.logging().filter(Logging::routesLogs).isPresent()) {
      findings.error("logging.windows", "logging", "FireLens is not supported for Windows containers");
    }
  }
}
