package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/**
 * What a target cannot express is reported by its profile, never dropped later:
 * {@code ecs.unsupported} (ConfigMaps, secret mounts, Kubernetes probes without a health check,
 * ConfigMap or field variables, Kubernetes secrets; {@code ecs.probe-ignored}, a warning, for
 * probes beside a health check) and {@code kubernetes.unsupported} (Docker labels,
 * non-essential containers, CloudFormation imports read from a ConfigMap, env files). The task
 * size is no gap: the Kubernetes emitter gives it to the pod or the main container.
 */
final class TargetGaps implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    if (findings.active(Profile.KUBERNETES) && workload.logging().filter(dev.sidecars.model.Logging::routesLogs).isPresent()) {
      findings.warning("kubernetes.unsupported", "logging", "FireLens log routing is an ECS feature; it is not emitted");
    }
    for (Container container : workload.containers()) {
      String path = Findings.pathOf(workload, container);
      if (findings.active(Profile.ECS)) {
        if (!container.configMaps().isEmpty()) {
          findings.error("ecs.unsupported", path + ".configMaps", "ECS has no ConfigMaps; mount the files from a volume instead");
        }
        if (!container.secretMounts().isEmpty()) {
          findings.error("ecs.unsupported", path + ".secretMounts", "ECS cannot mount secrets as files; expose them as secrets instead");
        }
        for (String probe : new String[] {"livenessProbe", "readinessProbe", "startupProbe"}) {
          boolean present = probe.equals("livenessProbe") ? container.livenessProbe().isPresent()
              : probe.equals("readinessProbe") ? container.readinessProbe().isPresent() : container.startupProbe().isPresent();
          if (present && container.healthCheck().isPresent()) {
            findings.warning("ecs.probe-ignored", path + "." + probe, "ECS runs the health check and ignores the " + probe);
          } else if (present) {
            findings.error("ecs.unsupported", path + "." + probe, "ECS has no " + probe + "; give the container a health check");
          }
        }
        container.environment().forEach((name, v) -> {
          if (v.kind() == Variable.Kind.CONFIG_MAP || v.kind() == Variable.Kind.FIELD) {
            findings.error("ecs.unsupported", path + ".environment." + name, "ECS cannot read a " + v.kind() + " variable (" + v + ")");
          }
        });
        container.secrets().forEach((name, ref) -> {
          if (ref.source() == SecretRef.Source.KUBERNETES) {
            findings.error("ecs.unsupported", path + ".secrets." + name, "ECS cannot read a Kubernetes secret");
          }
        });
      }
      if (findings.active(Profile.KUBERNETES)) {
        if (!container.labels().isEmpty()) {
          findings.warning("kubernetes.unsupported", path + ".labels", "Kubernetes containers have no Docker labels; they are not emitted");
        }
        if (!container.isEssential()) {
          findings.warning("kubernetes.unsupported", path + ".essential",
              "Kubernetes restarts every container of a pod; a non-essential container cannot be expressed");
        }
        container.environment().forEach((name, v) -> {
          if (v.kind() == Variable.Kind.IMPORTED) {
            findings.warning("kubernetes.unsupported", path + ".environment." + name, "Kubernetes cannot import the "
                + "CloudFormation export " + v.value() + "; its value is read from a ConfigMap that must hold it");
          }
        });
        if (container.envFile().isPresent()) {
          findings.warning("kubernetes.unsupported", path + ".envFile", "the env file becomes a ConfigMap that must be created from the file");
        }
      }
    }
  }
}
