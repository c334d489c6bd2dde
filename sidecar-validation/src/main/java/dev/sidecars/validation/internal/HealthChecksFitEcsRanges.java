package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.time.Duration;
import java.util.Set;

/**
 * ECS health-check ranges, on the values ECS gets (Copilot's defaults filled in):
 * {@code healthcheck.command} starts with CMD or CMD-SHELL, {@code healthcheck.interval.range}
 * 5-300 s, {@code healthcheck.timeout.range} 2-60 s, {@code healthcheck.retries.range} 1-10,
 * {@code healthcheck.start-period.range} 0-300 s; durations in whole seconds
 * ({@code healthcheck.whole-seconds}, a warning: ECS truncates).
 */
final class HealthChecksFitEcsRanges implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      if (container.healthCheck().isEmpty()) {
        continue;
      }
      HealthCheck check = container.healthCheck().get();
      String path = Findings.pathOf(workload, container) + ".healthCheck";
      String first = check.commandOrDefault().get(0);
      if (!first.equals("CMD") && !first.equals("CMD-SHELL")) {
        findings.error("healthcheck.command", path + ".command",
            "the command must start with CMD or CMD-SHELL, not '" + first + "'");
      }
      range(findings, "healthcheck.interval.range", path + ".interval", "interval", check.intervalOrDefault(), 5, 300);
      range(findings, "healthcheck.timeout.range", path + ".timeout", "timeout", check.timeoutOrDefault(), 2, 60);
      range(findings, "healthcheck.start-period.range", path + ".startPeriod", "start period", check.startPeriodOrDefault(), 0, 300);
      int retries = check.retriesOrDefault();
      if (retries < 1 || retries > 10) {
        findings.error("healthcheck.retries.range", path + ".retries", "retries must be between 1 and 10, not " + retries);
      }
    }
  }

  private static void range(Findings findings, String code, String path, String what, Duration value, int min, int max) {
    if (value.getNano() != 0) {
      findings.warning("healthcheck.whole-seconds", path, "ECS takes whole seconds; the " + what + " " + value + " is truncated");
    }
    long seconds = value.getSeconds();
    if (seconds < min || seconds > max) {
      findings.error(code, path, "the " + what + " must be between " + min + " and " + max + " seconds, not " + seconds);
    }
  }
}
