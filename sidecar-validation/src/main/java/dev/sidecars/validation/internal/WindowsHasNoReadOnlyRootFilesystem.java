package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/**
 * {@code platform.windows-readonly-fs}: a Windows container cannot have a read-only root file
 * system, as Copilot and ECS say.
 */
final class WindowsHasNoReadOnlyRootFilesystem implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    if (workload.platform().filter(p -> p.os().isWindows()).isEmpty()) {
      return;
    }
    for (Container container : workload.containers()) {
      if (container.readOnlyRootFilesystem().orElse(false)) {
        findings.error("platform.windows-readonly-fs", Findings.pathOf(workload, container) + ".readOnlyRootFilesystem",
            "\"readonly_fs\" can not be set to 'true' when deploying a Windows container");
      }
    }
  }
}
