package dev.sidecars.validation.internal;

import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.List;
import java.util.Set;

/**
 * {@code taskdef-override.forbidden}: Copilot refuses an override of the task's
 * {@code Family} or of a container's {@code Name}, which its stack relies on.
 */
final class TaskDefinitionOverridesAllowed implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Set.of(Profile.COPILOT);
  }

  @Override
  public void check(Workload workload, Findings findings) {
    List<TaskDefinitionOverride> overrides = workload.taskDefinitionOverrides();
    for (int i = 0; i < overrides.size(); i++) {
      String path = overrides.get(i).path();
      String forbidden = path.equals("Family") ? "Family"
          : path.matches("ContainerDefinitions\\[\\d+\\]\\.Name") ? "ContainerDefinitions\\[\\d+\\].Name" : null;
      if (forbidden != null) {
        findings.error("taskdef-override.forbidden", "taskDefinitionOverrides[" + i + "]",
            "\"" + forbidden + "\" cannot be overridden with a custom value");
      }
    }
  }
}
