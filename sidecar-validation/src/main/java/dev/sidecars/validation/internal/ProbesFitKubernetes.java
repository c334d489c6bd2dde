package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Kubernetes probe rules: {@code probe.handler}, at most one of command and HTTP path;
 * {@code probe.success-threshold}, 1 for liveness and startup probes; {@code probe.range}, no
 * negative delay, period or timeout of a probe, nor of a health check, which becomes the
 * liveness probe. (Thresholds not negative is a field constraint of the model, with the same
 * code.)
 */
final class ProbesFitKubernetes implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.KUBERNETES;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      String path = Findings.pathOf(workload, container);
      container.healthCheck().ifPresent(h -> {
        notNegative(h.interval(), path + ".healthCheck.interval", findings);
        notNegative(h.timeout(), path + ".healthCheck.timeout", findings);
        notNegative(h.startPeriod(), path + ".healthCheck.startPeriod", findings);
        h.retries().filter(r -> r < 0).ifPresent(r -> findings.error("probe.range", path + ".healthCheck.retries",
            "retries must not be negative, not " + r));
      });
      check(container.livenessProbe(), path + ".livenessProbe", true, findings);
      check(container.readinessProbe(), path + ".readinessProbe", false, findings);
      check(container.startupProbe(), path + ".startupProbe", true, findings);
    }
  }

  private static void check(Optional<Probe> probe, String path, boolean successMustBeOne, Findings findings) {
    if (probe.isEmpty()) {
      return;
    }
    Probe p = probe.get();
    if (p.command().isPresent() && (p.path().isPresent() || p.port().isPresent())) {
      findings.error("probe.handler", path, "may not specify more than 1 handler type (a command and a path or port)");
    }
    if (p.action() == Probe.Action.EXEC && p.command().get().isEmpty()) {
      findings.error("probe.handler", path + ".command", "an exec probe needs a command");
    }
    if (p.action() != Probe.Action.EXEC && p.port().isEmpty()) {
      findings.error("probe.handler", path + ".port", "an HTTP or TCP probe needs a port");
    }
    notNegative(p.initialDelay(), path + ".initialDelay", findings);
    notNegative(p.period(), path + ".period", findings);
    notNegative(p.timeout(), path + ".timeout", findings);
    p.successThreshold().filter(t -> successMustBeOne && t != 1).ifPresent(t ->
        findings.error("probe.success-threshold", path + ".successThreshold", "must be 1, not " + t));
  }

  private static void notNegative(Optional<Duration> duration, String path, Findings findings) {
    duration.filter(Duration::isNegative).ifPresent(d -> findings.error("probe.range", path,
        path.substring(path.lastIndexOf('.') + 1) + " must not be negative, not " + d.getSeconds() + " seconds"));
  }
}
