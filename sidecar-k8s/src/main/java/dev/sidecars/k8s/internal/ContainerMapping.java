package dev.sidecars.k8s.internal;

import dev.sidecars.k8s.KubernetesEmitException;
import dev.sidecars.model.ConfigMap;
import dev.sidecars.model.Container;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Port;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.EnvFromSourceBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One model container as a fabric8 container. Docker's ENTRYPOINT ({@code entrypoint()}) is
 * Kubernetes' {@code command}; Docker's CMD ({@code command()}, Mia's {@code defaultArgs}) is
 * {@code args}.
 */
public final class ContainerMapping {
  private final Function<SecretRef, String[]> secretKeys;
  private final Map<String, String> builtImages;
  /** The Secret keys the AWS secrets are read from: the secret there and the field it was given for. */
  private final Map<String, String[]> secretKeysUsed = new HashMap<>();

  /**
   * Creates the mapping.
   *
   * @param secretKeys the Kubernetes secret name and key of an SSM or Secrets Manager reference
   * @param builtImages the pushed image of each container that the workload builds, by container name
   */
  public ContainerMapping(Function<SecretRef, String[]> secretKeys, Map<String, String> builtImages) {
    this.secretKeys = secretKeys;
    this.builtImages = Map.copyOf(builtImages);
  }

  /**
   * Maps a container.
   *
   * @param c the container
   * @param path its model path, for error messages
   * @return the fabric8 container
   */
  public io.fabric8.kubernetes.api.model.Container map(Container c, String path) {
    ContainerBuilder b = new ContainerBuilder().withName(Names.label(c.name()));
    b.withImage(image(c, path));
    c.entrypoint().ifPresent(b::withCommand);
    c.command().ifPresent(b::withArgs);
    List<ContainerPort> ports = new ArrayList<>();
    for (Port port : c.ports()) {
      ContainerPortBuilder p = new ContainerPortBuilder().withContainerPort(port.number()).withProtocol(port.protocol().name());
      port.name().ifPresent(p::withName);
      ports.add(p.build());
    }
    if (!ports.isEmpty()) {
      b.withPorts(ports);
    }
    List<EnvVar> env = new ArrayList<>();
    c.environment().keySet().stream().filter(String::isEmpty).findFirst().ifPresent(name -> {
      throw new KubernetesEmitException(path + ".environment", "an environment variable needs a name");
    });
    c.secrets().keySet().stream().filter(String::isEmpty).findFirst().ifPresent(name -> {
      throw new KubernetesEmitException(path + ".secrets", "an environment variable needs a name");
    });
    c.environment().forEach((name, v) -> env.add(variable(name, v, path + ".environment." + name)));
    c.secrets().forEach((name, ref) -> {
      String[] key = ref.source() == SecretRef.Source.KUBERNETES ? new String[] {ref.name(), ref.key().get()} : secretKeys.apply(ref);
      if (ref.source() != SecretRef.Source.KUBERNETES) {
        // two secrets of AWS that the mapping puts in one Secret key would hand one the other's value;
        // the message names the fields that hold them, never what sits under them
        String field = path + ".secrets." + name;
        String[] previous = secretKeysUsed.putIfAbsent(key[0] + "/" + key[1], new String[] {ref.toString(), field});
        if (previous != null && !previous[0].equals(ref.toString())) {
          throw new KubernetesEmitException(field, "this secret and " + previous[1] + " are different secrets that would be read "
              + "from one key of one Kubernetes Secret; map them apart with the emitter's secretKeys(...)");
        }
      }
      env.add(new EnvVarBuilder().withName(name).withNewValueFrom().withNewSecretKeyRef()
          .withName(key[0]).withKey(key[1]).endSecretKeyRef().endValueFrom().build());
    });
    if (!env.isEmpty()) {
      b.withEnv(env);
    }
    c.envFile().ifPresent(file -> b.withEnvFrom(new EnvFromSourceBuilder().withNewConfigMapRef()
        .withName(Names.envFileConfigMap(c)).endConfigMapRef().build()));
    c.resources().ifPresent(r -> b.withResources(resources(r)));
    c.healthCheck().ifPresent(h -> b.withLivenessProbe(exec(h, path + ".healthCheck")));
    c.livenessProbe().ifPresent(p -> b.withLivenessProbe(probe(p, path + ".livenessProbe")));
    c.readinessProbe().ifPresent(p -> b.withReadinessProbe(probe(p, path + ".readinessProbe")));
    c.startupProbe().ifPresent(p -> b.withStartupProbe(probe(p, path + ".startupProbe")));
    c.readOnlyRootFilesystem().ifPresent(ro -> b.withNewSecurityContext().withReadOnlyRootFilesystem(ro).endSecurityContext());
    List<VolumeMount> mounts = new ArrayList<>();
    for (Mount mount : c.mounts()) {
      mounts.add(new VolumeMountBuilder().withName(Names.label(mount.sourceVolume())).withMountPath(mount.path())
          .withReadOnly(mount.isReadOnly()).build());
    }
    for (ConfigMap configMap : c.configMaps()) {
      if (configMap.isPreserveDirectory()) {
        // one mount per file keeps the image's other files in the directory
        String directory = configMap.mountPath().endsWith("/") ? configMap.mountPath() : configMap.mountPath() + "/";
        for (dev.sidecars.model.ConfigFile file : configMap.files()) {
          mounts.add(new VolumeMountBuilder().withName(Names.configMapVolume(c, configMap)).withMountPath(directory + file.name())
              .withSubPath(file.name()).withReadOnly(true).build());
        }
      } else {
        mounts.add(new VolumeMountBuilder().withName(Names.configMapVolume(c, configMap)).withMountPath(configMap.mountPath())
            .withReadOnly(true).build());
      }
    }
    for (SecretMount secret : c.secretMounts()) {
      mounts.add(new VolumeMountBuilder().withName(Names.secretVolume(secret)).withMountPath(secret.mountPath())
          .withReadOnly(true).build());
    }
    if (!mounts.isEmpty()) {
      b.withVolumeMounts(mounts);
    }
    return b.build();
  }

  private String image(Container c, String path) {
    if (c.image().build().isEmpty()) {
      return c.image().location().orElseThrow(() -> new KubernetesEmitException(path + ".image", "the container has no image"));
    }
    String built = builtImages.get(c.name());
    if (built == null) {
      throw new KubernetesEmitException(KubernetesEmitException.DEPLOYMENT_INPUT, path + ".image", "Kubernetes runs an image reference; build and push the image, then"
          + " give its reference with builtImage(\"" + c.name() + "\", ...)");
    }
    return built;
  }

  private static EnvVar variable(String name, Variable v, String path) {
    EnvVarBuilder e = new EnvVarBuilder().withName(name);
    switch (v.kind()) {
      case PLAIN:
        return e.withValue(v.value()).build();
      case CONFIG_MAP:
        return e.withNewValueFrom().withNewConfigMapKeyRef().withName(v.value()).withKey(v.key().get())
            .endConfigMapKeyRef().endValueFrom().build();
      case FIELD:
        if (v.key().isPresent()) {
          // Mia writes resource.limits.cpu; Kubernetes' resourceFieldRef takes limits.cpu
          String resource = v.value().startsWith("resource.") ? v.value().substring("resource.".length()) : v.value();
          return e.withNewValueFrom().withNewResourceFieldRef().withContainerName(Names.label(v.key().get()))
              .withResource(resource)
              .endResourceFieldRef().endValueFrom().build();
        }
        return e.withNewValueFrom().withNewFieldRef().withFieldPath(v.value()).endFieldRef().endValueFrom().build();
      case IMPORTED:
        return e.withNewValueFrom().withNewConfigMapKeyRef().withName(Names.EXPORTS_CONFIG_MAP)
            .withKey(Names.configMapKey(v.value())).endConfigMapKeyRef().endValueFrom().build();
      default:
        throw new KubernetesEmitException(path, "Kubernetes cannot read a " + v.kind() + " variable");
    }
  }

  private static io.fabric8.kubernetes.api.model.ResourceRequirements resources(Resources r) {
    Map<String, Quantity> requests = new LinkedHashMap<>();
    Map<String, Quantity> limits = new LinkedHashMap<>();
    r.cpuMin().ifPresent(v -> requests.put("cpu", cpu(v)));
    r.memoryMin().ifPresent(v -> requests.put("memory", new Quantity(v.toString())));
    r.cpuMax().ifPresent(v -> limits.put("cpu", cpu(v)));
    r.memoryMax().ifPresent(v -> limits.put("memory", new Quantity(v.toString())));
    ResourceRequirementsBuilder b = new ResourceRequirementsBuilder();
    if (!requests.isEmpty()) {
      b.withRequests(requests);
    }
    if (!limits.isEmpty()) {
      b.withLimits(limits);
    }
    return b.build();
  }

  /**
   * A CPU quantity as Kubernetes takes it: no finer than a millicore, so a finer amount (ECS's
   * 103 units are 0.1005859375 cores) is rounded up to the next millicore (101m).
   *
   * @param cpu the amount
   * @return the quantity
   */
  public static Quantity cpu(dev.sidecars.model.Cpu cpu) {
    return new Quantity(dev.sidecars.model.Cpu.ofMillicores(cpu.millicores(java.math.RoundingMode.CEILING)).toString());
  }

  /**
   * A Docker health check as an exec probe: {@code CMD-SHELL x} runs {@code sh -c x},
   * {@code CMD a b} runs {@code a b}; interval, timeout, retries and start period become
   * period, timeout, failure threshold and initial delay.
   *
   * @param check the health check
   * @return the probe
   */
  public static io.fabric8.kubernetes.api.model.Probe exec(HealthCheck check, String path) {
    List<String> command = check.commandOrDefault();
    List<String> argv = command.get(0).equals("CMD-SHELL")
        ? List.of("sh", "-c", String.join(" ", command.subList(1, command.size())))
        : command.get(0).equals("CMD") ? command.subList(1, command.size()) : command;
    return new ProbeBuilder().withNewExec().withCommand(argv).endExec()
        .withPeriodSeconds(seconds(check.intervalOrDefault(), path + ".interval"))
        .withTimeoutSeconds(seconds(check.timeoutOrDefault(), path + ".timeout"))
        .withFailureThreshold(Math.max(1, notNegative(check.retriesOrDefault(), path + ".retries")))
        .withInitialDelaySeconds(seconds(check.startPeriodOrDefault(), path + ".startPeriod"))
        .build();
  }

  private static io.fabric8.kubernetes.api.model.Probe probe(Probe p, String path) {
    ProbeBuilder b = new ProbeBuilder();
    switch (p.action()) {
      case EXEC:
        b.withNewExec().withCommand(p.command().get()).endExec();
        break;
      case HTTP_GET:
        b.withNewHttpGet().withPath(p.path().get()).withPort(port(p, path)).endHttpGet();
        break;
      default:
        b.withNewTcpSocket().withPort(port(p, path)).endTcpSocket();
        break;
    }
    p.initialDelay().ifPresent(d -> b.withInitialDelaySeconds(seconds(d, path + ".initialDelay")));
    p.period().ifPresent(d -> b.withPeriodSeconds(seconds(d, path + ".period")));
    p.timeout().ifPresent(d -> b.withTimeoutSeconds(seconds(d, path + ".timeout")));
    p.successThreshold().ifPresent(t -> b.withSuccessThreshold(notNegative(t, path + ".successThreshold")));
    p.failureThreshold().ifPresent(t -> b.withFailureThreshold(notNegative(t, path + ".failureThreshold")));
    return b.build();
  }

  private static IntOrString port(Probe p, String path) {
    String port = p.port().orElseThrow(() -> new KubernetesEmitException(path + ".port", "an HTTP or TCP probe needs a port"));
    return port.matches("[0-9]+") ? new IntOrString(Integer.parseInt(port)) : new IntOrString(port);
  }

  /** Whole seconds, as Kubernetes takes them; a negative duration is never emitted. */
  private static int seconds(Duration duration, String path) {
    if (duration.isNegative()) {
      throw new KubernetesEmitException(path, "Kubernetes takes no negative duration, and this is " + duration.getSeconds()
          + " seconds");
    }
    return (int) Math.min(Integer.MAX_VALUE, duration.getSeconds());
  }

  private static int notNegative(int count, String path) {
    if (count < 0) {
      throw new KubernetesEmitException(path, "Kubernetes takes no negative count, and this is " + count);
    }
    return count;
  }
}
