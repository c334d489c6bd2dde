package dev.sidecars.ecs.internal;

import dev.sidecars.ecs.EcsEmitException;
import dev.sidecars.model.Container;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Mount;
import dev.sidecars.model.OperatingSystem;
import dev.sidecars.model.Port;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the task definition as one camelCase tree. The two modes differ only in values that
 * CloudFormation can resolve at deploy time: a CloudFormation export becomes
 * {@code Fn::ImportValue}, a Secrets Manager name an {@code Fn::Sub} ARN; in an API request
 * those need the region and account, or cannot be expressed.
 */
public final class TaskDefinitionTree {

  /** Which document the tree is for. */
  public enum Mode {
    /** The RegisterTaskDefinition request. */
    API,
    /** The CloudFormation resource's properties (still camelCase here). */
    CLOUDFORMATION
  }

  /** Emitter settings, copied into each emitter. */
  public static final class Options {
    /** The family, if not the workload's name. */
    public Optional<String> family = Optional.empty();
    /** The FireLens router's name. */
    public String logRouterName = "firelens_log_router";
    /** Whether sidecars are sorted by name. */
    public boolean sortSidecars;
    /** The launch type. */
    public String compatibility = "FARGATE";
    /** Whether an emit validates the workload first. */
    public boolean validateFirst = true;
    /** Whether task definition overrides give the task size, so the workload need not (a CloudFormation import). */
    public boolean taskSizeByOverride;
    /** The region for Secrets Manager ARNs. */
    public Optional<String> region = Optional.empty();
    /** The account for Secrets Manager ARNs. */
    public Optional<String> accountId = Optional.empty();
    /** The role ECS uses to pull images and read secrets and files for the task. */
    public Optional<String> executionRoleArn = Optional.empty();
    /** The role the task's containers act as. */
    public Optional<String> taskRoleArn = Optional.empty();
    /** Pushed image references of built images, by container name. */
    public Map<String, String> builtImages = new LinkedHashMap<>();
    /** S3 ARNs of environment files, by the path the workload gives. */
    public Map<String, String> environmentFiles = new LinkedHashMap<>();
    /** File system ids of managed EFS volumes (or of imported ones, for the API), by volume name. */
    public Map<String, String> managedFileSystems = new LinkedHashMap<>();
    /** Access point ids of managed EFS volumes, by volume name. */
    public Map<String, String> accessPoints = new LinkedHashMap<>();

    /** @return a copy */
    public Options copy() {
      Options copy = new Options();
      copy.family = family;
      copy.logRouterName = logRouterName;
      copy.sortSidecars = sortSidecars;
      copy.compatibility = compatibility;
      copy.validateFirst = validateFirst;
      copy.taskSizeByOverride = taskSizeByOverride;
      copy.region = region;
      copy.accountId = accountId;
      copy.executionRoleArn = executionRoleArn;
      copy.taskRoleArn = taskRoleArn;
      copy.builtImages = new LinkedHashMap<>(builtImages);
      copy.environmentFiles = new LinkedHashMap<>(environmentFiles);
      copy.managedFileSystems = new LinkedHashMap<>(managedFileSystems);
      copy.accessPoints = new LinkedHashMap<>(accessPoints);
      return copy;
    }
  }

  /** The name of the X-Ray collector container, as Copilot names it. */
  public static final String COLLECTOR_NAME = "aws-otel-collector";
  /** The image of the X-Ray collector, as Copilot's template has it. */
  public static final String COLLECTOR_IMAGE = "public.ecr.aws/aws-observability/aws-otel-collector:v0.17.0";
  /** The logical id of the access point of a managed EFS volume in the CloudFormation template. */
  public static final String ACCESS_POINT = "AccessPoint";
  /** Fargate's ephemeral storage without asking: a size up to it is not written. */
  private static final long DEFAULT_EPHEMERAL_GIB = 20;

  private final Options options;
  private final Mode mode;
  private final Map<String, Map<String, Object>> parameters = new LinkedHashMap<>();
  private final Map<String, Object> conditions = new LinkedHashMap<>();

  /**
   * Creates a builder of trees.
   *
   * @param options the settings
   * @param mode the document
   */
  public TaskDefinitionTree(Options options, Mode mode) {
    this.options = options;
    this.mode = mode;
  }

  /**
   * The task definition.
   *
   * @param workload the workload
   * @return the tree, camelCase
   */
  public Map<String, Object> taskDefinition(Workload workload) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("family", options.family.orElse(workload.name()));
    if (mode == Mode.API) {
      options.taskRoleArn.ifPresent(arn -> out.put("taskRoleArn", arn));
      options.executionRoleArn.ifPresent(arn -> out.put("executionRoleArn", arn));
    } else {
      out.put("taskRoleArn", optionalParameter("TaskRoleArn", "HasTaskRole",
          "The IAM role the task's containers act as; empty for none.", options.taskRoleArn));
      boolean needed = !RegistrationRules.executionRoleNeeds(workload, options,
          options.compatibility.equals("FARGATE")).isEmpty();
      String description = "The task execution role, for private images, secrets and env files";
      out.put("executionRoleArn", needed ? parameter("ExecutionRoleArn", description + ".", options.executionRoleArn)
          : optionalParameter("ExecutionRoleArn", "HasExecutionRole", description + "; empty for none.",
              options.executionRoleArn));
    }
    out.put("networkMode", "awsvpc");
    out.put("requiresCompatibilities", List.of(options.compatibility));
    workload.platform().ifPresent(p -> {
      Map<String, Object> platform = new LinkedHashMap<>();
      platform.put("cpuArchitecture", p.arch().name());
      platform.put("operatingSystemFamily", osFamily(p.os()));
      out.put("runtimePlatform", platform);
    });
    workload.cpu().ifPresent(cpu -> out.put("cpu", Long.toString(cpu.ecsUnits(RoundingMode.CEILING))));
    workload.memory().ifPresent(m -> out.put("memory", Long.toString(m.mebibytes(RoundingMode.CEILING))));
    workload.ephemeralStorage().ifPresent(size -> {
      long gib;
      try {
        gib = size.gibibytes(RoundingMode.UNNECESSARY);
      } catch (ArithmeticException e) {
        throw new EcsEmitException("ephemeralStorage", "ECS takes ephemeral storage in whole GiB; " + size + " is not");
      }
      if (gib > DEFAULT_EPHEMERAL_GIB) {
        out.put("ephemeralStorage", Map.of("sizeInGiB", gib));
      }
    });
    List<Object> containers = new ArrayList<>();
    Optional<Logging> logging = workload.logging().filter(Logging::routesLogs);
    containers.add(container(workload, workload.main(), "main", logging, true));
    logging.ifPresent(l -> containers.add(router(l)));
    workload.tracing().ifPresent(t -> containers.add(collector()));
    List<Container> sidecars = new ArrayList<>(workload.sidecars());
    if (options.sortSidecars) {
      sidecars.sort(Comparator.comparing(Container::name));
    }
    for (Container sidecar : sidecars) {
      containers.add(container(workload, sidecar, "sidecars." + sidecar.name(), Optional.empty(), false));
    }
    out.put("containerDefinitions", containers);
    if (!workload.volumes().isEmpty()) {
      List<Object> volumes = new ArrayList<>();
      for (Volume volume : workload.volumes()) {
        volumes.add(volume(volume));
      }
      out.put("volumes", volumes);
    }
    return out;
  }

  private static String osFamily(OperatingSystem os) {
    return os == OperatingSystem.WINDOWS ? "WINDOWS_SERVER_2019_CORE" : os.name();
  }

  private Map<String, Object> container(Workload workload, Container c, String path,
      Optional<Logging> logging, boolean main) {
    rejectUnexpressible(c, path);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", c.name());
    out.put("image", image(c, path, main));
    c.credentials().ifPresent(cred -> out.put("repositoryCredentials", Map.of("credentialsParameter", cred)));
    c.resources().ifPresent(r -> resources(r, out));
    if (!c.ports().isEmpty()) {
      List<Object> ports = new ArrayList<>();
      for (Port port : c.ports()) {
        Map<String, Object> mapping = new LinkedHashMap<>();
        mapping.put("containerPort", port.number());
        mapping.put("protocol", port.protocol().toString());
        port.name().ifPresent(n -> mapping.put("name", n));
        if (port.protocol() == Protocol.SCTP) {
          throw new EcsEmitException(path + ".ports[" + port.key() + "]", "ECS ports are tcp or udp");
        }
        ports.add(mapping);
      }
      out.put("portMappings", ports);
    }
    out.put("essential", c.isEssential());
    c.entrypoint().filter(e -> !e.isEmpty()).ifPresent(e -> out.put("entryPoint", new ArrayList<>(e)));
    c.command().filter(cmd -> !cmd.isEmpty()).ifPresent(cmd -> out.put("command", new ArrayList<>(cmd)));
    putEnvironment(out, c.environment(), path + ".environment");
    putSecrets(out, "secrets", c.secrets(), path + ".secrets");
    c.envFile().ifPresent(file -> out.put("environmentFiles", List.of(environmentFile(file, path + ".envFile",
        main ? "EnvFileARN" : "EnvFileARNFor" + logicalId(c.name())))));
    List<Object> mounts = new ArrayList<>();
    if (main) {
      for (Volume volume : workload.volumes()) {
        volume.path().ifPresent(p -> mounts.add(mount(volume.name(), p, volume.isReadOnly())));
      }
    }
    for (Mount mount : c.mounts()) {
      mounts.add(mount(mount.sourceVolume(), mount.path(), mount.isReadOnly()));
    }
    if (!mounts.isEmpty()) {
      out.put("mountPoints", mounts);
    }
    if (!c.labels().isEmpty()) {
      out.put("dockerLabels", new LinkedHashMap<>(c.labels()));
    }
    if (!c.dependsOn().isEmpty()) {
      List<Object> dependsOn = new ArrayList<>();
      new TreeMap<>(c.dependsOn()).forEach((name, condition) -> {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("containerName", name);
        d.put("condition", condition.name());
        dependsOn.add(d);
      });
      out.put("dependsOn", dependsOn);
    }
    c.healthCheck().ifPresent(h -> out.put("healthCheck", healthCheck(h, path + ".healthCheck")));
    c.readOnlyRootFilesystem().ifPresent(ro -> out.put("readonlyRootFilesystem", ro));
    logging.ifPresent(l -> {
      Map<String, Object> log = new LinkedHashMap<>();
      log.put("logDriver", "awsfirelens");
      if (!l.destination().isEmpty()) {
        log.put("options", new LinkedHashMap<>(new TreeMap<>(l.destination())));
      }
      putSecrets(log, "secretOptions", l.secretOptions(), "logging.secretOptions");
      out.put("logConfiguration", log);
    });
    return out;
  }

  /**
   * A container's image: its location, or the pushed reference of a build, which a template
   * takes as a parameter ({@code ContainerImage} for the main container, as Copilot's).
   */
  private Object image(Container c, String path, boolean main) {
    if (c.image().build().isEmpty()) {
      return c.image().location().orElseThrow(() -> new EcsEmitException(path + ".image", "the container has no image"));
    }
    Optional<String> pushed = Optional.ofNullable(options.builtImages.get(c.name()));
    if (mode == Mode.CLOUDFORMATION) {
      return parameter(main ? "ContainerImage" : logicalId(c.name()) + "Image",
          "The pushed image of " + c.name() + ", which the workload builds.", pushed);
    }
    return pushed.orElseThrow(() -> new EcsEmitException(EcsEmitException.DEPLOYMENT_INPUT, path + ".image",
        "ECS runs an image reference; build and push the image, then give the emitter its reference"));
  }

  /** Copilot's X-Ray collector: the AWS Distro for OpenTelemetry with its ECS X-Ray configuration. */
  private static Map<String, Object> collector() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", COLLECTOR_NAME);
    out.put("image", COLLECTOR_IMAGE);
    out.put("essential", true);
    out.put("command", List.of("--config=/etc/ecs/ecs-xray.yaml"));
    return out;
  }

  private Map<String, Object> router(Logging logging) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", options.logRouterName);
    out.put("image", logging.imageOrDefault());
    out.put("essential", true);
    putEnvironment(out, logging.variables(), "logging.variables");
    putSecrets(out, "secrets", logging.secrets(), "logging.secrets");
    logging.envFile().ifPresent(file -> out.put("environmentFiles", List.of(environmentFile(file, "logging.envFile",
        "LoggingEnvFileARN"))));
    Map<String, Object> firelens = new LinkedHashMap<>();
    firelens.put("type", "fluentbit");
    Map<String, Object> firelensOptions = new LinkedHashMap<>();
    firelensOptions.put("enable-ecs-log-metadata", Boolean.toString(logging.isMetadataEnabled()));
    logging.configFilePath().ifPresent(p -> {
      firelensOptions.put("config-file-type", "file");
      firelensOptions.put("config-file-value", p);
    });
    firelens.put("options", firelensOptions);
    out.put("firelensConfiguration", firelens);
    return out;
  }

  private static void rejectUnexpressible(Container c, String path) {
    if (!c.configMaps().isEmpty()) {
      throw new EcsEmitException(path + ".configMaps", "ECS has no ConfigMaps; mount the files from a volume instead");
    }
    if (!c.secretMounts().isEmpty()) {
      throw new EcsEmitException(path + ".secretMounts", "ECS cannot mount secrets as files");
    }
    if (c.healthCheck().isEmpty()) {
      for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
        boolean present = probe.equals("livenessProbe") ? c.livenessProbe().isPresent()
            : probe.equals("readinessProbe") ? c.readinessProbe().isPresent() : c.startupProbe().isPresent();
        if (present) {
          throw new EcsEmitException(path + "." + probe, "ECS has no " + probe + "; give the container a health check");
        }
      }
    }
  }

  private static void resources(Resources r, Map<String, Object> out) {
    r.cpuMin().or(r::cpuMax).ifPresent(cpu -> out.put("cpu", cpu.ecsUnits(RoundingMode.CEILING)));
    r.memoryMax().ifPresent(m -> out.put("memory", m.mebibytes(RoundingMode.CEILING)));
    r.memoryMin().ifPresent(m -> out.put("memoryReservation", m.mebibytes(RoundingMode.CEILING)));
  }

  private void putEnvironment(Map<String, Object> out, Map<String, Variable> variables, String path) {
    if (variables.isEmpty()) {
      return;
    }
    List<Object> environment = new ArrayList<>();
    new TreeMap<>(variables).forEach((name, v) -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", name);
      switch (v.kind()) {
        case PLAIN:
          e.put("value", v.value());
          break;
        case IMPORTED:
          if (mode == Mode.API) {
            throw new EcsEmitException(path + "." + name,
                "the CloudFormation export " + v.value() + " has a value only in CloudFormation; emit CloudFormation");
          }
          e.put("value", Map.of("Fn::ImportValue", v.value()));
          break;
        default:
          throw new EcsEmitException(path + "." + name, "ECS cannot read a " + v.kind() + " variable (" + v + ")");
      }
      environment.add(e);
    });
    out.put("environment", environment);
  }

  private void putSecrets(Map<String, Object> out, String key, Map<String, SecretRef> secrets, String path) {
    if (secrets.isEmpty()) {
      return;
    }
    List<Object> list = new ArrayList<>();
    new TreeMap<>(secrets).forEach((name, ref) -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("name", name);
      s.put("valueFrom", valueFrom(ref, path + "." + name));
      list.add(s);
    });
    out.put(key, list);
  }

  private Object valueFrom(SecretRef ref, String path) {
    switch (ref.source()) {
      case SSM_PARAMETER:
        return ref.name();
      case SECRETS_MANAGER:
        if (ref.name().startsWith("arn:")) {
          return ref.name();
        }
        if (mode == Mode.CLOUDFORMATION) {
          return Map.of("Fn::Sub", "arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:" + ref.name());
        }
        if (options.region.isEmpty() || options.accountId.isEmpty()) {
          throw new EcsEmitException(EcsEmitException.DEPLOYMENT_INPUT, path, "the Secrets Manager secret needs a region and account to become an ARN; "
              + "set them on the emitter");
        }
        return "arn:aws:secretsmanager:" + options.region.get() + ":" + options.accountId.get() + ":secret:" + ref.name();
      case IMPORTED:
        if (mode == Mode.API) {
          throw new EcsEmitException(path, "the secret's CloudFormation export has a value only in CloudFormation");
        }
        return Map.of("Fn::ImportValue", ref.name());
      default:
        throw new EcsEmitException(path, "ECS cannot read a Kubernetes secret");
    }
  }

  /** An environment file: an S3 ARN as given, else the uploaded object, a parameter in a template. */
  private Map<String, Object> environmentFile(String file, String path, String parameterName) {
    Object arn;
    if (file.startsWith("arn:")) {
      arn = file;
    } else if (mode == Mode.CLOUDFORMATION) {
      arn = parameter(parameterName, "The S3 object ARN of " + file + ", uploaded.",
          Optional.ofNullable(options.environmentFiles.get(file)));
    } else {
      arn = Optional.ofNullable(options.environmentFiles.get(file)).orElseThrow(() -> new EcsEmitException(EcsEmitException.DEPLOYMENT_INPUT, path,
          "ECS reads environment files from S3; upload " + file + " and give the emitter the object's ARN"));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("value", arn);
    out.put("type", "s3");
    return out;
  }

  private static Map<String, Object> mount(String volume, String path, boolean readOnly) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sourceVolume", volume);
    out.put("containerPath", path);
    out.put("readOnly", readOnly);
    return out;
  }

  private static Map<String, Object> healthCheck(HealthCheck check, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("command", new ArrayList<>(check.commandOrDefault()));
    out.put("interval", seconds(check.intervalOrDefault(), path + ".interval"));
    out.put("timeout", seconds(check.timeoutOrDefault(), path + ".timeout"));
    if (check.retriesOrDefault() < 0) {
      throw new EcsEmitException(path + ".retries", "ECS takes no negative retries, and this is " + check.retriesOrDefault());
    }
    out.put("retries", check.retriesOrDefault());
    out.put("startPeriod", seconds(check.startPeriodOrDefault(), path + ".startPeriod"));
    return out;
  }

  /** Whole seconds, truncated as Copilot does; a negative duration is never emitted. */
  private static long seconds(Duration duration, String path) {
    if (duration.isNegative()) {
      throw new EcsEmitException(path, "ECS takes no negative duration, and this is " + duration.getSeconds() + " seconds");
    }
    return duration.getSeconds();
  }

  private Map<String, Object> volume(Volume volume) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", volume.name());
    volume.efs().ifPresent(efs -> out.put("efsVolumeConfiguration", efs(volume.name(), efs)));
    return out;
  }

  /**
   * An EFS volume as Copilot writes one: the root directory (default {@code /}), transit
   * encryption always, and IAM authorization {@code ENABLED} or {@code DISABLED}. A managed
   * file system is mounted through its access point with IAM, at {@code /}.
   */
  private Map<String, Object> efs(String name, EfsVolume efs) {
    String path = "volumes[" + name + "].efs";
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> auth = new LinkedHashMap<>();
    if (efs.isManaged()) {
      out.put("fileSystemId", managedFileSystem(name, path));
      out.put("rootDirectory", "/");
      out.put("transitEncryption", "ENABLED");
      Optional<String> accessPoint = Optional.ofNullable(options.accessPoints.get(name));
      if (accessPoint.isPresent()) {
        auth.put("accessPointId", accessPoint.get());
      } else if (mode == Mode.CLOUDFORMATION) {
        auth.put("accessPointId", Map.of("Ref", ACCESS_POINT));
      } else {
        throw new EcsEmitException(EcsEmitException.DEPLOYMENT_INPUT, path, "a managed EFS volume is mounted through the access point Copilot creates for it; "
            + "give the emitter its id, or emit CloudFormation, which creates it");
      }
      auth.put("iam", "ENABLED");
    } else {
      out.put("fileSystemId", fileSystemId(name, efs, path));
      String root = efs.rootDirectory().filter(r -> !r.isEmpty()).orElse("/");
      if (efs.accessPointId().isPresent() && !root.equals("/")) {
        throw new EcsEmitException(path, "ECS mounts an access point at its own root, so the root directory must be / or "
            + "absent, not " + root);
      }
      out.put("rootDirectory", root);
      out.put("transitEncryption", "ENABLED");
      efs.accessPointId().ifPresent(a -> auth.put("accessPointId", a));
      auth.put("iam", efs.iam().orElse(false) ? "ENABLED" : "DISABLED");
    }
    out.put("authorizationConfig", auth);
    return out;
  }

  /**
   * The file system of a managed volume, which Copilot creates: the id given to the emitter,
   * in a template the parameter {@code FileSystemIdFor<Volume>}.
   *
   * @param name the volume
   * @param path its model path, for errors
   * @return the id, or a reference to the parameter
   */
  public Object managedFileSystem(String name, String path) {
    Optional<String> given = Optional.ofNullable(options.managedFileSystems.get(name));
    if (mode == Mode.CLOUDFORMATION) {
      return parameter("FileSystemIdFor" + logicalId(name), "The EFS file system of the managed volume " + name + ".",
          given);
    }
    return given.orElseThrow(() -> new EcsEmitException(EcsEmitException.DEPLOYMENT_INPUT, path,
        "a managed EFS file system is created by Copilot; give the emitter the id of the one to use"));
  }

  private Object fileSystemId(String name, EfsVolume efs, String path) {
    if (efs.fileSystemId().isPresent()) {
      return efs.fileSystemId().get();
    }
    String export = efs.fileSystemExport().orElseThrow();
    if (mode == Mode.CLOUDFORMATION) {
      return Map.of("Fn::ImportValue", export);
    }
    return Optional.ofNullable(options.managedFileSystems.get(name)).orElseThrow(() -> new EcsEmitException(EcsEmitException.DEPLOYMENT_INPUT, path,
        "the file system id is the CloudFormation export " + export + ", which has a value only when a stack is "
            + "deployed; emit CloudFormation, or give the emitter the file system id"));
  }

  /** @return the template parameters the tree refers to, by logical id, in order of first use */
  public Map<String, Map<String, Object>> parameters() {
    return parameters;
  }

  /** @return the template conditions the tree refers to */
  public Map<String, Object> conditions() {
    return conditions;
  }

  /** A parameter a deployment must give, with the value given to the emitter as its default. */
  private Map<String, Object> parameter(String name, String description, Optional<String> value) {
    Map<String, Object> parameter = new LinkedHashMap<>();
    parameter.put("Type", "String");
    parameter.put("Description", description);
    value.ifPresent(v -> parameter.put("Default", v));
    Map<String, Object> previous = parameters.putIfAbsent(name, parameter);
    if (previous != null && !previous.equals(parameter)) {
      throw new EcsEmitException(name, "two deployment inputs would be the template parameter " + name
          + "; rename a container or volume");
    }
    return Map.of("Ref", name);
  }

  /** A parameter that may stay empty, in which case the property is left out. */
  private Map<String, Object> optionalParameter(String name, String condition, String description, Optional<String> value) {
    parameter(name, description, Optional.of(value.orElse("")));
    conditions.put(condition, Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", name), "")))));
    return Map.of("Fn::If", List.of(condition, Map.of("Ref", name), Map.of("Ref", "AWS::NoValue")));
  }

  /** A CloudFormation logical id from a name: its letters and digits, each part capitalised. */
  private static String logicalId(String name) {
    StringBuilder id = new StringBuilder();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return id.toString();
  }
}
