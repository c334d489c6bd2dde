package dev.sidecars.k8s;

import dev.sidecars.k8s.internal.ContainerMapping;
import dev.sidecars.k8s.internal.CronSchedules;
import dev.sidecars.k8s.internal.KubernetesVersions;
import dev.sidecars.k8s.internal.NameClaims;
import dev.sidecars.k8s.internal.Names;
import dev.sidecars.k8s.internal.StartOrder;
import dev.sidecars.k8s.internal.TaskSize;
import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.JobSettings;
import dev.sidecars.model.SecretMount;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.model.spi.EmitWarning;
import dev.sidecars.validation.InvalidWorkloadException;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LocalObjectReferenceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.ServicePortBuilder;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.CronJobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Emits a workload as Kubernetes objects (fabric8 {@code kubernetes-model} 8): the ConfigMaps
 * its containers mount and a Deployment, Job, CronJob or bare pod spec.
 *
 * <pre>{@code
 * KubernetesResult result = KubernetesEmitter.builder().kind(WorkloadKind.DEPLOYMENT).build().emit(workload);
 * String yaml = result.toYaml();
 * }</pre>
 *
 * <p>In {@link SidecarMode#NATIVE} mode (the default, Kubernetes 1.29 and later) sidecars are
 * init containers with {@code restartPolicy: Always}, in an order where every container comes
 * after those it depends on; a sidecar another container waits on with COMPLETE or SUCCESS
 * runs as a plain init container (to completion); a HEALTHY dependency gets a startup probe
 * from its health check, so the next container waits until it is healthy. The main container
 * is the pod's container and starts after all of them. {@code docs/mapping.md} gives every
 * field's mapping and the naming rules.
 */
public final class KubernetesEmitter {
  private final SidecarMode mode;
  private final Optional<String> version;
  private final Optional<WorkloadKind> kind;
  private final Optional<String> schedule;
  private final Function<SecretRef, String[]> secretKeys;
  private final Map<String, String> builtImages;
  private final boolean withService;
  private final boolean validateFirst;
  private final List<KeptField> kept;

  private KubernetesEmitter(Builder b) {
    this.withService = b.service;
    this.validateFirst = b.validateFirst;
    this.builtImages = Map.copyOf(b.builtImages);
    this.mode = b.mode;
    this.version = b.version;
    this.kind = b.kind;
    this.schedule = b.schedule;
    this.secretKeys = b.secretKeys;
    this.kept = List.copyOf(b.kept);
  }

  /** @return an emitter of Deployments with native sidecars */
  public static KubernetesEmitter create() {
    return builder().build();
  }

  /** @return a builder of emitter settings */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One container alone, for users who inject a sidecar into a pod of their own.
   *
   * @param container the container
   * @return the fabric8 container
   * @throws KubernetesEmitException when Kubernetes cannot express a field
   */
  public io.fabric8.kubernetes.api.model.Container container(Container container) {
    return new ContainerMapping(secretKeys, builtImages).map(container, container.name());
  }

  /**
   * Emits a workload.
   *
   * @param workload the workload
   * @return the objects and warnings
   * @throws InvalidWorkloadException when the workload has errors for Kubernetes (unless
   *     {@link Builder#validateFirst(boolean)} turned the validation off)
   * @throws KubernetesEmitException when Kubernetes cannot express a field
   */
  public KubernetesResult emit(Workload workload) {
    if (validateFirst) {
      ValidationReport report = SidecarValidator.kubernetes().validate(workload);
      if (!report.isValid()) {
        throw new InvalidWorkloadException("k8s", report);
      }
    }
    List<EmitWarning> warnings = new ArrayList<>();
    Optional<String> cron = cronSchedule(workload, warnings);
    WorkloadKind kind = this.kind.orElse(workload.type() != WorkloadType.SCHEDULED_JOB ? WorkloadKind.DEPLOYMENT
        : cron.isPresent() ? WorkloadKind.CRON_JOB : WorkloadKind.JOB);
    SidecarMode effective = mode;
    if (mode == SidecarMode.NATIVE && version.filter(v -> !KubernetesVersions.atLeast(v, 1, 29)).isPresent()) {
      effective = SidecarMode.CLASSIC;
      warnings.add(EmitWarning.of("k8s.no-native-sidecars", "sidecars", "Kubernetes " + version.get()
          + " has no native sidecars (1.29 and later); the sidecars are extra containers and start in no guaranteed order"));
    }
    ContainerMapping mapping = new ContainerMapping(secretKeys, builtImages);
    NameClaims containerNames = new NameClaims("containers");
    for (Container c : workload.containers()) {
      String name = Names.label(c.name());
      containerNames.claim(name, c.name(), c == workload.main() ? "main.name" : "sidecars." + c.name() + ".name");
      if (!name.equals(c.name())) {
        warnings.add(EmitWarning.of("k8s.renamed", containerPath(workload, c) + ".name", "container " + c.name() + " is named "
            + name + " in Kubernetes, whose container names are lower-case DNS labels"));
      }
    }
    Set<String> runToCompletion = new HashSet<>();
    Set<String> waitedHealthy = new HashSet<>();
    for (Container c : workload.containers()) {
      c.dependsOn().forEach((target, condition) -> {
        if (condition == DependencyCondition.COMPLETE || condition == DependencyCondition.SUCCESS) {
          runToCompletion.add(target);
        } else if (condition == DependencyCondition.HEALTHY) {
          waitedHealthy.add(target);
        }
      });
    }
    io.fabric8.kubernetes.api.model.Container main = withMainVolumes(workload, mapping.map(workload.main(), "main"));
    // plain setters: fabric8's with...(object) copies the object into a builder and builds it again
    PodSpec podSpec = new PodSpec();
    List<io.fabric8.kubernetes.api.model.Container> initContainers = new ArrayList<>();
    List<io.fabric8.kubernetes.api.model.Container> containers = new ArrayList<>();
    if (effective == SidecarMode.NATIVE) {
      for (Container sidecar : StartOrder.of(workload.sidecars())) {
        io.fabric8.kubernetes.api.model.Container mapped = gate(sidecar, mapping.map(sidecar, "sidecars." + sidecar.name()), waitedHealthy);
        if (!runToCompletion.contains(sidecar.name())) {
          mapped.setRestartPolicy("Always");
        }
        initContainers.add(mapped);
        if (sidecar.dependsOn().containsKey(workload.main().name())) {
          warnings.add(EmitWarning.of("k8s.start-order", "sidecars." + sidecar.name() + ".dependsOn." + workload.main().name(),
              "sidecar " + sidecar.name() + " waits for the main container, which Kubernetes starts after every"
              + " sidecar; " + sidecar.name() + " starts first"));
        }
      }
      containers.add(main);
    } else {
      for (Container c : StartOrder.of(workload.containers())) {
        if (c == workload.main()) {
          containers.add(main);
        } else if (runToCompletion.contains(c.name())) {
          // a task others wait for is a plain init container, which every Kubernetes version runs first
          initContainers.add(mapping.map(c, "sidecars." + c.name()));
        } else {
          containers.add(mapping.map(c, "sidecars." + c.name()));
          Set<String> together = startingTogether(c, runToCompletion);
          if (!together.isEmpty()) {
            warnings.add(EmitWarning.of("k8s.start-order", "sidecars." + c.name() + ".dependsOn",
                "classic sidecars start together: " + c.name() + " may start before " + together));
          }
        }
      }
      if ((kind == WorkloadKind.JOB || kind == WorkloadKind.CRON_JOB) && !workload.sidecars().isEmpty()) {
        warnings.add(EmitWarning.of("k8s.job-never-finishes", "sidecars", "classic sidecars keep running after the main"
            + " container exits, so the Job does not finish until they stop; use native sidecars (Kubernetes 1.29 and later)"));
      }
      Set<String> together = startingTogether(workload.main(), runToCompletion);
      if (!together.isEmpty()) {
        warnings.add(EmitWarning.of("k8s.start-order", "main.dependsOn", "classic sidecars start together: "
            + workload.main().name() + " may start before " + together));
      }
    }
    if (!initContainers.isEmpty()) {
      podSpec.setInitContainers(initContainers);
    }
    podSpec.setContainers(containers);
    List<io.fabric8.kubernetes.api.model.ConfigMap> configMaps = new ArrayList<>();
    List<io.fabric8.kubernetes.api.model.Volume> volumes = new ArrayList<>();
    NameClaims volumeNames = new NameClaims("volumes");
    for (Volume volume : workload.volumes()) {
      volumeNames.claim(Names.label(volume.name()), volume.name(), "volumes[" + volume.name() + "]");
      VolumeBuilder v = new VolumeBuilder().withName(Names.label(volume.name()));
      if (volume.efs().isPresent()) {
        v.withNewPersistentVolumeClaim().withClaimName(Names.claim(workload, volume)).endPersistentVolumeClaim();
      } else {
        v.withNewEmptyDir().endEmptyDir();
      }
      volumes.add(v.build());
    }
    Set<String> secretVolumes = new HashSet<>();
    Set<String> pullSecrets = new java.util.LinkedHashSet<>();
    NameClaims configMapNames = new NameClaims("ConfigMaps");
    Map<String, Map<String, String>> configMapData = new HashMap<>();
    for (Container c : workload.containers()) {
      String path = c == workload.main() ? "main" : "sidecars." + c.name();
      for (dev.sidecars.model.ConfigMap configMap : c.configMaps()) {
        Map<String, String> data = new LinkedHashMap<>();
        configMap.files().forEach(f -> data.put(f.name(), f.content()));
        String name = Names.label(configMap.name());
        configMapNames.claim(name, configMap.name(), path + ".configMaps");
        // containers that mount one ConfigMap with the same files share the object
        Map<String, String> emitted = configMapData.putIfAbsent(name, data);
        if (emitted == null) {
          configMaps.add(new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().withData(data).build());
        } else if (!emitted.equals(data)) {
          throw new KubernetesEmitException(path + ".configMaps", "the ConfigMap " + configMap.name() + " of " + c.name()
              + " holds other files than another container's ConfigMap of that name; rename one");
        }
        String volume = Names.configMapVolume(c, configMap);
        volumeNames.claim(volume, c.name() + "'s ConfigMap " + configMap.name(), path + ".configMaps");
        volumes.add(new VolumeBuilder().withName(volume).withNewConfigMap().withName(name).endConfigMap().build());
      }
      for (SecretMount secret : c.secretMounts()) {
        String name = Names.secretVolume(secret);
        volumeNames.claim(name, "the Secret " + secret.name(), path + ".secretMounts");
        if (secretVolumes.add(name)) {
          volumes.add(new VolumeBuilder().withName(name).withNewSecret().withSecretName(secret.name()).endSecret().build());
        }
      }
      c.credentials().ifPresent(cred -> pullSecrets.add(Names.label(cred.substring(cred.lastIndexOf(':') + 1)
          .replaceAll(".*/", ""))));
      c.envFile().ifPresent(f -> warnings.add(EmitWarning.of("k8s.env-file", path + ".envFile", "the env file " + f + " of "
          + c.name() + " is read from the ConfigMap " + Names.envFileConfigMap(c) + ", which must be created from the file")));
      c.environment().forEach((name, v) -> {
        if (v.kind() == dev.sidecars.model.Variable.Kind.IMPORTED) {
          warnings.add(EmitWarning.of("k8s.cloudformation-export", path + ".environment." + name, "the CloudFormation export "
              + v.value() + " (" + c.name() + "'s " + name + ") is read from the ConfigMap " + Names.EXPORTS_CONFIG_MAP
              + ", key " + Names.configMapKey(v.value()) + ", which must hold its value"));
        }
      });
      if (!c.labels().isEmpty()) {
        warnings.add(EmitWarning.of("k8s.not-emitted", path + ".labels",
            "Kubernetes containers have no Docker labels; those of " + c.name() + " are not emitted"));
      }
      // a task others wait for is an init container in either mode, which runs once
      boolean runsOnce = runToCompletion.contains(c.name()) && c != workload.main();
      if (!c.isEssential() && !runsOnce) {
        warnings.add(EmitWarning.of("k8s.not-essential", path + ".essential",
            c.name() + " is not essential, which Kubernetes cannot express; it is restarted like any container"));
      }
    }
    workload.logging().filter(dev.sidecars.model.Logging::routesLogs)
        .ifPresent(l -> warnings.add(EmitWarning.of("k8s.not-emitted", "logging",
            "FireLens log routing is an ECS feature; the logging settings are not emitted")));
    workload.platform().ifPresent(platform -> podSpec.setNodeSelector(nodeSelector(platform)));
    TaskSize.apply(workload, version, podSpec, main, warnings);
    workload.ephemeralStorage().ifPresent(size -> warnings.add(EmitWarning.of("k8s.not-emitted", "ephemeralStorage",
        "a pod has no task-level ephemeral storage; the " + size + " asked for is not emitted, set each container's"
            + " ephemeral-storage resources instead")));
    workload.tracing().ifPresent(t -> warnings.add(EmitWarning.of("k8s.not-emitted", "tracing", "tracing " + t
        + " is Copilot's X-Ray collector for ECS, whose configuration reads ECS metadata; it is not emitted, add a"
        + " collector sidecar instead")));
    if (!workload.taskDefinitionOverrides().isEmpty()) {
      warnings.add(EmitWarning.of("k8s.not-emitted", "taskDefinitionOverrides", "the "
          + workload.taskDefinitionOverrides().size() + " task definition override(s) change ECS task definitions only;"
          + " they are not emitted"));
    }
    if (workload.job().isPresent() && kind != WorkloadKind.JOB && kind != WorkloadKind.CRON_JOB) {
      warnings.add(EmitWarning.of("k8s.not-emitted", "job", "the job's schedule, timeout and retries belong to a Job or"
          + " CronJob; a " + kindName(kind) + " does not carry them"));
    }
    workload.volumes().stream().filter(v -> v.efs().flatMap(e -> e.fileSystemExport()).isPresent()).forEach(v ->
        warnings.add(EmitWarning.of("k8s.cloudformation-export", "volumes." + v.name() + ".efs", "volume " + v.name()
            + " is an EFS file system whose id another CloudFormation stack exports; its PersistentVolumeClaim "
            + Names.claim(workload, v) + " must be bound to it")));
    if (!volumes.isEmpty()) {
      podSpec.setVolumes(volumes);
    }
    if (!pullSecrets.isEmpty()) {
      List<io.fabric8.kubernetes.api.model.LocalObjectReference> refs = new ArrayList<>();
      pullSecrets.forEach(s -> refs.add(new LocalObjectReferenceBuilder().withName(s).build()));
      podSpec.setImagePullSecrets(refs);
    }
    if (kind == WorkloadKind.JOB || kind == WorkloadKind.CRON_JOB) {
      podSpec.setRestartPolicy("Never");
    }
    Optional<Service> service = withService ? Optional.of(service(workload)) : Optional.empty();
    return KeptField.apply(new KubernetesResult(configMaps, service, workloadObject(workload, podSpec, kind, cron),
        podSpec, kind, warnings), kept);
  }

  private static io.fabric8.kubernetes.api.model.Container withMainVolumes(Workload workload,
      io.fabric8.kubernetes.api.model.Container main) {
    List<io.fabric8.kubernetes.api.model.VolumeMount> mounts = new ArrayList<>();
    for (Volume volume : workload.volumes()) {
      volume.path().ifPresent(p -> mounts.add(new VolumeMountBuilder().withName(Names.label(volume.name()))
          .withMountPath(p).withReadOnly(volume.isReadOnly()).build()));
    }
    if (!mounts.isEmpty()) {
      mounts.addAll(main.getVolumeMounts());
      main.setVolumeMounts(mounts);
    }
    return main;
  }

  /**
   * The well-known node labels of a platform. Kubernetes names one Windows family; the
   * Windows Server edition is the image's concern.
   */
  private static Map<String, String> nodeSelector(dev.sidecars.model.Platform platform) {
    Map<String, String> selector = new LinkedHashMap<>();
    selector.put("kubernetes.io/os", platform.os().isWindows() ? "windows" : "linux");
    selector.put("kubernetes.io/arch", platform.arch() == dev.sidecars.model.Architecture.ARM64 ? "arm64" : "amd64");
    return selector;
  }

  private static io.fabric8.kubernetes.api.model.Container gate(Container sidecar,
      io.fabric8.kubernetes.api.model.Container mapped, Set<String> waitedHealthy) {
    if (waitedHealthy.contains(sidecar.name()) && mapped.getStartupProbe() == null && sidecar.healthCheck().isPresent()) {
      mapped.setStartupProbe(ContainerMapping.exec(sidecar.healthCheck().get(), "sidecars." + sidecar.name() + ".healthCheck"));
    }
    return mapped;
  }

  /**
   * A Service in front of the pod: one port per container port with a service port (Mia's
   * {@code from}), named as the container port, targeting it by number.
   */
  private static Service service(Workload workload) {
    String name = Names.label(workload.name());
    List<ServicePort> ports = new ArrayList<>();
    for (Container c : workload.containers()) {
      for (dev.sidecars.model.Port port : c.ports()) {
        port.servicePort().ifPresent(servicePort -> {
          ServicePortBuilder p = new ServicePortBuilder().withPort(servicePort)
              .withTargetPort(new IntOrString(port.number())).withProtocol(port.protocol().name());
          port.name().ifPresent(p::withName);
          ports.add(p.build());
        });
      }
    }
    if (ports.isEmpty()) {
      throw new KubernetesEmitException("service", "a Service was asked for but no container port has a service port;"
          + " give the ports to expose one (Port.exposedAs, Mia-Platform's 'from')");
    }
    return new ServiceBuilder().withNewMetadata().withName(name).withLabels(Map.of("app.kubernetes.io/name", name))
        .endMetadata().withNewSpec().withSelector(Map.of("app.kubernetes.io/name", name)).withPorts(ports).endSpec()
        .build();
  }

  /**
   * The CronJob schedule: the emitter's, else the workload's in cron form; empty for a job
   * whose schedule is {@code none}, or without one.
   */
  private static String containerPath(Workload workload, Container c) {
    return c == workload.main() ? "main" : "sidecars." + c.name();
  }

  private Optional<String> cronSchedule(Workload workload, List<EmitWarning> warnings) {
    Optional<String> own = workload.job().flatMap(JobSettings::schedule);
    if (schedule.isPresent()) {
      own.filter(s -> !s.equals(schedule.get())).ifPresent(s -> warnings.add(EmitWarning.of("k8s.schedule-replaced", "job.schedule",
          "the schedule " + schedule.get() + " given to the emitter replaces the workload's " + s)));
      return schedule;
    }
    return own.flatMap(CronSchedules::toKubernetes);
  }

  private static String kindName(WorkloadKind kind) {
    return kind == WorkloadKind.DEPLOYMENT ? "Deployment" : "bare pod spec";
  }

  /**
   * The containers a classic-mode container waits for that start together with it: all it
   * depends on but the run-to-completion ones, which are init containers and so come first.
   */
  private static Set<String> startingTogether(Container c, Set<String> runToCompletion) {
    Set<String> together = new java.util.LinkedHashSet<>(c.dependsOn().keySet());
    together.removeAll(runToCompletion);
    return together;
  }

  /** A job's timeout and retries, as Copilot runs it: no retry unless the manifest asks. */
  private static JobSpec jobSpec(Workload workload, PodTemplateSpec template) {
    JobSpec spec = new JobSpec();
    spec.setTemplate(template);
    Optional<JobSettings> job = workload.job();
    job.flatMap(JobSettings::timeout).ifPresent(t -> {
      if (t.isNegative() || t.isZero()) {
        throw new KubernetesEmitException("job.timeout", "a Job's deadline is a positive number of seconds, not " + t.getSeconds());
      }
      spec.setActiveDeadlineSeconds(t.getSeconds() + (t.getNano() > 0 ? 1 : 0));
    });
    if (workload.type() == WorkloadType.SCHEDULED_JOB || job.flatMap(JobSettings::retries).isPresent()) {
      int retries = job.flatMap(JobSettings::retries).orElse(0);
      if (retries < 0) {
        throw new KubernetesEmitException("job.retries", "a Job's backoff limit is not negative, and this is " + retries);
      }
      spec.setBackoffLimit(retries);
    }
    return spec;
  }

  /** The object holding the pod; its template's spec is {@code podSpec} itself, not a copy. */
  private Optional<HasMetadata> workloadObject(Workload workload, PodSpec podSpec, WorkloadKind kind,
      Optional<String> cron) {
    String name = Names.label(workload.name());
    Map<String, String> labels = Map.of("app.kubernetes.io/name", name);
    ObjectMeta metadata = new ObjectMetaBuilder().withName(name).withLabels(labels).build();
    PodTemplateSpec template = new PodTemplateSpec(new ObjectMetaBuilder().withLabels(labels).build(), podSpec);
    switch (kind) {
      case DEPLOYMENT:
        Deployment deployment = new DeploymentBuilder().withMetadata(metadata).withNewSpec()
            .withNewSelector().withMatchLabels(labels).endSelector().endSpec().build();
        deployment.getSpec().setTemplate(template);
        return Optional.of(deployment);
      case JOB:
        Job job = new JobBuilder().withMetadata(metadata).build();
        job.setSpec(jobSpec(workload, template));
        return Optional.of(job);
      case CRON_JOB:
        String expression = cron.orElseThrow(() -> new KubernetesEmitException("job.schedule", workload.job()
            .flatMap(JobSettings::schedule).isPresent()
            ? "the schedule is none, so the job never runs on its own; emit a Job, or give the emitter a schedule"
            : "a CronJob needs a schedule; give the workload one (Copilot's on.schedule), or give it to the emitter"));
        CronJob cronJob = new CronJobBuilder().withMetadata(metadata).withNewSpec().withSchedule(expression)
            .withNewJobTemplate().endJobTemplate().endSpec().build();
        cronJob.getSpec().getJobTemplate().setSpec(jobSpec(workload, template));
        return Optional.of(cronJob);
      default:
        return Optional.empty();
    }
  }

  /** Emitter settings. */
  public static final class Builder {
    private SidecarMode mode = SidecarMode.NATIVE;
    private Optional<String> version = Optional.empty();
    private Optional<WorkloadKind> kind = Optional.empty();
    private Optional<String> schedule = Optional.empty();
    private Function<SecretRef, String[]> secretKeys =
        ref -> new String[] {Names.label(ref.name()), "value"};
    private final Map<String, String> builtImages = new LinkedHashMap<>();
    private boolean service;
    private boolean validateFirst = true;
    private final List<KeptField> kept = new ArrayList<>();

    private Builder() {}

    /** The fields of an imported document the model does not hold, written back ({@link KubernetesImport#emitter()}). */
    Builder keep(List<KeptField> fields) {
      kept.addAll(fields);
      return this;
    }

    /**
     * Takes a deployment's settings, as a tool hands them to every target: the built images,
     * Kubernetes version, kind ({@code deployment}, {@code job}, {@code cronjob},
     * {@code podspec}), sidecar mode ({@code native}, {@code classic}), schedule and
     * {@code validateFirst}; the ECS settings and {@code options} are not Kubernetes' and are left
     * alone.
     *
     * @param settings the settings
     * @return this builder
     * @throws IllegalArgumentException when the kind or the sidecar mode is none of those
     */
    public Builder settings(EmitSettings settings) {
      settings.builtImages().forEach(this::builtImage);
      settings.kubernetesVersion().ifPresent(this::kubernetesVersion);
      settings.kubernetesKind().ifPresent(k -> kind(switch (k) {
        case "deployment" -> WorkloadKind.DEPLOYMENT;
        case "job" -> WorkloadKind.JOB;
        case "cronjob" -> WorkloadKind.CRON_JOB;
        case "podspec" -> WorkloadKind.POD_SPEC;
        default -> throw new IllegalArgumentException("the Kubernetes kind is '" + k
            + "'; expected deployment, job, cronjob or podspec");
      }));
      settings.sidecarMode().ifPresent(m -> mode(switch (m) {
        case "native" -> SidecarMode.NATIVE;
        case "classic" -> SidecarMode.CLASSIC;
        default -> throw new IllegalArgumentException("the sidecar mode is '" + m + "'; expected native or classic");
      }));
      settings.schedule().ifPresent(this::schedule);
      return validateFirst(settings.validateFirst());
    }

    /**
     * Whether {@link KubernetesEmitter#emit} first validates the workload under the Kubernetes
     * profile ({@code SidecarValidator.kubernetes()}) and throws an
     * {@link InvalidWorkloadException} with the whole report when it has errors; default true.
     * Turn it off when the workload was validated already (with its sources, for messages with
     * lines); the emitter's own checks still refuse what Kubernetes cannot express.
     *
     * @param validate false to skip the validation
     * @return this builder
     */
    public Builder validateFirst(boolean validate) {
      this.validateFirst = validate;
      return this;
    }

    /**
     * Whether to emit a Service too (default {@code false}): it exposes every container port
     * that has a service port ({@code Port.servicePort()}, Mia-Platform's {@code from}); with
     * none, emitting is an {@link KubernetesEmitException}.
     *
     * @param service whether to emit the Service
     * @return this builder
     */
    public Builder service(boolean service) {
      this.service = service;
      return this;
    }

    /**
     * The pushed image of a container that the workload builds ({@code image.build}); without
     * it such a container is an {@link KubernetesEmitException}.
     *
     * @param containerName the container
     * @param reference the image reference, for example {@code 123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1}
     * @return this builder
     */
    public Builder builtImage(String containerName, String reference) {
      builtImages.put(containerName, reference);
      return this;
    }

    /**
     * Native sidecars (default) or classic extra containers.
     *
     * @param mode the mode
     * @return this builder
     */
    public Builder mode(SidecarMode mode) {
      this.mode = mode;
      return this;
    }

    /**
     * The cluster's Kubernetes version; below 1.29 the sidecars are classic, with a warning, and from 1.34
     * the task size is the pod's resources (before, it goes to the main container).
     *
     * @param version for example {@code "1.28"}
     * @return this builder
     */
    public Builder kubernetesVersion(String version) {
      this.version = Optional.of(version);
      return this;
    }

    /**
     * The object that holds the pod. By default it follows the workload's type: a Scheduled
     * Job is a CronJob with the workload's schedule (a Job when the schedule is
     * {@code none}), any other workload a Deployment.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(WorkloadKind kind) {
      this.kind = Optional.of(kind);
      return this;
    }

    /**
     * A CronJob's schedule, in place of the workload's; a warning says so when they differ.
     *
     * @param cron for example {@code "0 12 * * MON"}
     * @return this builder
     */
    public Builder schedule(String cron) {
      this.schedule = Optional.of(cron);
      return this;
    }

    /**
     * Where an SSM parameter or Secrets Manager secret lives in Kubernetes. The default rule:
     * the Secret named by the reference's name as a DNS label, key {@code value}.
     *
     * @param mapping a function returning the Secret's name and key
     * @return this builder
     */
    public Builder secretKeys(Function<SecretRef, Map.Entry<String, String>> mapping) {
      this.secretKeys = ref -> {
        Map.Entry<String, String> entry = mapping.apply(ref);
        return new String[] {entry.getKey(), entry.getValue()};
      };
      return this;
    }

    /** @return the emitter */
    public KubernetesEmitter build() {
      return new KubernetesEmitter(this);
    }
  }
}
