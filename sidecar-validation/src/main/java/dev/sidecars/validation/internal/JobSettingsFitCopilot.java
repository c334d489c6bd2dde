package dev.sidecars.validation.internal;

import dev.sidecars.model.JobSettings;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.Profile;
import java.time.Duration;
import java.util.Set;

/**
 * {@code job.schedule}, {@code job.timeout}, {@code job.retries}: a Scheduled Job has a
 * schedule; its timeout is at least a second and a whole number of seconds; its retries are
 * not negative (Copilot's manifest validation and its stack's state machine).
 */
final class JobSettingsFitCopilot implements Rule {

  @Override
  public Set<Profile> profiles() {
    // a Kubernetes Job has the same bounds: a positive activeDeadlineSeconds, a backoffLimit of 0 or more
    return Set.of(Profile.COPILOT, Profile.KUBERNETES);
  }

  @Override
  public void check(Workload workload, Findings findings) {
    JobSettings job = workload.job().orElse(JobSettings.empty());
    // Copilot refuses an empty schedule as it refuses a missing one
    if (workload.type() == WorkloadType.SCHEDULED_JOB && job.schedule().filter(s -> !s.isBlank()).isEmpty()) {
      findings.error("job.schedule", "job.schedule", "\"schedule\" must be specified");
    }
    job.timeout().ifPresent(timeout -> {
      if (timeout.compareTo(Duration.ofSeconds(1)) < 0) {
        findings.error("job.timeout", "job.timeout", "timeout must be greater than or equal to 1 second");
      } else if (timeout.getNano() != 0) {
        findings.error("job.timeout", "job.timeout", "timeout must be a whole number of seconds, minutes, or hours");
      }
    });
    job.retries().filter(r -> r < 0).ifPresent(r ->
        findings.error("job.retries", "job.retries", "number of retries cannot be negative"));
  }
}
