package dev.sidecars.validation.internal;

import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/**
 * {@code resources.fargate-needs-task-size}: ECS refuses a Fargate task definition without
 * task-level CPU and memory ("Fargate-compatible tasks require both CPU and memory
 * specifications"). The ECS profile checks what Fargate, the ECS emitter's default launch type,
 * registers, so this is an error, as the emitter refuses such a request.
 */
final class FargateNeedsTaskSize implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    if (workload.cpu().isEmpty() || workload.memory().isEmpty()) {
      String missing = workload.cpu().isEmpty() && workload.memory().isEmpty() ? "cpu and memory"
          : workload.cpu().isEmpty() ? "cpu" : "memory";
      // at the half of the task size that is given, if any, which is where the other half belongs
      findings.error("resources.fargate-needs-task-size", workload.memory().isPresent() ? "memory" : "cpu",
          "the workload sets no task " + missing + ", which Fargate requires; set them, or register the task for EC2");
    }
  }
}
