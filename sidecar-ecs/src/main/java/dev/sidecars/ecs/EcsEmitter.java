package dev.sidecars.ecs;

import dev.sidecars.ecs.internal.CloudFormationNames;
import dev.sidecars.ecs.internal.OverrideRules;
import dev.sidecars.ecs.internal.RegistrationRules;
import dev.sidecars.ecs.internal.TaskDefinitionTree;
import dev.sidecars.ecs.internal.TreeText;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.spi.EmitSettings;
import dev.sidecars.validation.InvalidWorkloadException;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * Emits a workload as an Amazon ECS task definition: the {@code RegisterTaskDefinition}
 * request that {@code aws ecs register-task-definition --cli-input-json} takes, or a
 * CloudFormation template with one {@code AWS::ECS::TaskDefinition} resource named
 * {@code TaskDefinition}.
 *
 * <pre>{@code
 * EcsEmitter ecs = EcsEmitter.builder().region("us-east-1").accountId("123456789012").build();
 * String request = ecs.toApiJson(workload);
 * String template = ecs.toCloudFormation(workload, CloudFormationFormat.YAML);
 * }</pre>
 *
 * <p>Containers come in Copilot's order: the main container, the FireLens router, then the
 * sidecars in declaration order (or by name, as Copilot sorts them, with
 * {@link Builder#copilotOrder(boolean)}). Environment variables and dependencies are sorted by
 * name. {@code docs/mapping.md} gives every field's mapping, rounding and default. Every emit
 * first validates the workload under the ECS profile and refuses one with errors with an
 * {@link InvalidWorkloadException} carrying the whole report ({@link Builder#validateFirst}
 * turns that off); what ECS cannot express is an {@link EcsEmitException}.
 */
public final class EcsEmitter {
  private final TaskDefinitionTree.Options options;

  private EcsEmitter(TaskDefinitionTree.Options options) {
    this.options = options;
  }

  /** @return an emitter with the defaults: awsvpc, Fargate, router named firelens_log_router */
  public static EcsEmitter create() {
    return builder().build();
  }

  /** @return a builder of emitter settings */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Emits a workload as a typed task definition, which writes itself as the request or as
   * CloudFormation.
   *
   * @param workload the workload
   * @return the task definition, as the {@code RegisterTaskDefinition} request holds it
   * @throws InvalidWorkloadException when the workload has errors for ECS (unless
   *     {@link Builder#validateFirst(boolean)} turned the validation off)
   * @throws EcsEmitException as {@link #apiTree(Workload)}, or when a task definition override
   *     gives a field a type ECS does not take
   */
  public EcsTaskDefinition emit(Workload workload) {
    Map<String, Object> tree = apiTree(workload);
    // validated once, by apiTree: the template the task definition writes later needs no second run
    return TaskDefinitionReading.read(tree, TreeText.json(tree), format -> cloudFormation(workload, format));
  }

  /**
   * The request as a tree of maps, lists and scalars, with API (camelCase) names.
   *
   * @param workload the workload
   * @return the {@code RegisterTaskDefinition} request
   * @throws InvalidWorkloadException when the workload has errors for ECS, unless turned off
   * @throws EcsEmitException when ECS cannot express a field, the API cannot (a CloudFormation
   *     import, a Secrets Manager name without region and account), or ECS would refuse the
   *     request: without an execution role where it needs one (secrets, environment files,
   *     repository credentials, private ECR images on Fargate), or on Fargate without one of
   *     its task sizes
   */
  public Map<String, Object> apiTree(Workload workload) {
    if (options.taskSizeByOverride) {
      throw new EcsEmitException("cpu", "the task size is a CloudFormation function (Cpu: !Ref TaskCPU, say), which has "
          + "a value only in CloudFormation; give its parameters values, or emit CloudFormation");
    }
    validate(workload);
    RegistrationRules.check(workload, options);
    Map<String, Object> tree = new TaskDefinitionTree(options, TaskDefinitionTree.Mode.API).taskDefinition(workload);
    new OverrideRules(true).apply(workload, tree, options.logRouterName, TaskDefinitionTree.COLLECTOR_NAME);
    return tree;
  }

  /**
   * The request as JSON, pretty-printed, fields in a fixed order.
   *
   * @param workload the workload
   * @return the {@code --cli-input-json} document
   * @throws InvalidWorkloadException when the workload has errors for ECS, unless turned off
   * @throws EcsEmitException when ECS cannot express a field
   */
  public String toApiJson(Workload workload) {
    return TreeText.json(apiTree(workload));
  }

  /**
   * The CloudFormation resource's properties, with CloudFormation (PascalCase) names; map keys
   * and enum values are never recased.
   *
   * @param workload the workload
   * @return the {@code Properties} of the {@code AWS::ECS::TaskDefinition}
   * @throws InvalidWorkloadException when the workload has errors for ECS, unless turned off
   * @throws EcsEmitException when ECS cannot express a field
   */
  public Map<String, Object> cloudFormationProperties(Workload workload) {
    validate(workload);
    return properties(workload, new TaskDefinitionTree(options, TaskDefinitionTree.Mode.CLOUDFORMATION));
  }

  /**
   * Validates under the ECS profile, unless the emitter was told not to. A launch type other
   * than Fargate leaves out the Fargate rules, which the profile applies since Fargate is the
   * default.
   */
  private void validate(Workload workload) {
    if (!options.validateFirst) {
      return;
    }
    ValidationReport report = SidecarValidator.ecs().validate(workload);
    if (!options.compatibility.equals("FARGATE")) {
      report = report.without(v -> v.code().startsWith(FARGATE_RULES));
    }
    if (options.taskSizeByOverride) {
      report = report.without(v -> v.code().equals(TASK_SIZE_RULE));
    }
    if (!report.isValid()) {
      throw new InvalidWorkloadException("ecs", report);
    }
  }

  /** The prefix of the codes of the rules that hold on Fargate only. */
  static final String FARGATE_RULES = "resources.fargate";
  /** The code of the rule that Fargate needs a task size. */
  static final String TASK_SIZE_RULE = "resources.fargate-needs-task-size";
  /** The code of the rule that a Fargate task size is one Fargate offers. */
  static final String FARGATE_SIZE_RULE = "resources.fargate-size";

  private Map<String, Object> properties(Workload workload, TaskDefinitionTree tree) {
    Map<String, Object> properties = CloudFormationNames.recase(tree.taskDefinition(workload));
    new OverrideRules(false).apply(workload, properties, options.logRouterName, TaskDefinitionTree.COLLECTOR_NAME);
    return properties;
  }

  /**
   * A CloudFormation template with the task definition as resource {@code TaskDefinition}.
   * What only a deployment knows is a template parameter, so that
   * {@code aws cloudformation deploy --parameter-overrides} completes the stack: the execution
   * role ({@code ExecutionRoleArn}; optional, empty for none, when nothing needs it) and the
   * task role ({@code TaskRoleArn}, optional), the pushed images of built containers
   * ({@code ContainerImage} for the main container, {@code <Container>Image}), uploaded
   * environment files ({@code EnvFileARN}, {@code EnvFileARNFor<Container>},
   * {@code LoggingEnvFileARN}) and managed EFS file systems ({@code FileSystemIdFor<Volume>}).
   * A value given to the emitter is its parameter's default.
   *
   * @param workload the workload
   * @param format YAML or JSON
   * @return the template
   * @throws InvalidWorkloadException when the workload has errors for ECS, unless turned off
   * @throws EcsEmitException when ECS cannot express a field
   */
  public String toCloudFormation(Workload workload, CloudFormationFormat format) {
    validate(workload);
    return cloudFormation(workload, format);
  }

  private String cloudFormation(Workload workload, CloudFormationFormat format) {
    TaskDefinitionTree tree = new TaskDefinitionTree(options, TaskDefinitionTree.Mode.CLOUDFORMATION);
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("Type", "AWS::ECS::TaskDefinition");
    resource.put("Properties", properties(workload, tree));
    Map<String, Object> resources = new LinkedHashMap<>();
    resources.put("TaskDefinition", resource);
    accessPoint(workload, tree).ifPresent(accessPoint -> resources.put(TaskDefinitionTree.ACCESS_POINT, accessPoint));
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("AWSTemplateFormatVersion", "2010-09-09");
    if (!tree.parameters().isEmpty()) {
      template.put("Parameters", tree.parameters());
    }
    if (!tree.conditions().isEmpty()) {
      template.put("Conditions", tree.conditions());
    }
    template.put("Resources", resources);
    return format == CloudFormationFormat.JSON ? TreeText.json(template) : TreeText.yaml(template);
  }

  /**
   * The access point Copilot creates for a managed EFS volume ({@code efs-access-point.yml}):
   * owned by the volume's uid and gid, or by the CRC-32 of the workload's name, with its root
   * at {@code /<workload>}. None when the emitter was given the access point's id.
   */
  private Optional<Map<String, Object>> accessPoint(Workload workload, TaskDefinitionTree tree) {
    List<Volume> managed = workload.volumes().stream()
        .filter(v -> v.efs().filter(EfsVolume::isManaged).isPresent()).collect(Collectors.toList());
    if (managed.isEmpty()) {
      return Optional.empty();
    }
    if (managed.size() > 1) {
      throw new EcsEmitException("volumes", "Copilot creates one managed EFS volume per service; this workload has "
          + managed.size());
    }
    Volume volume = managed.get(0);
    if (options.accessPoints.containsKey(volume.name())) {
      return Optional.empty();
    }
    EfsVolume efs = volume.efs().orElseThrow();
    CRC32 crc = new CRC32();
    crc.update(workload.name().getBytes(StandardCharsets.UTF_8));
    long uid = efs.uid().orElse(crc.getValue());
    long gid = efs.gid().orElse(crc.getValue());
    Map<String, Object> posixUser = new LinkedHashMap<>();
    posixUser.put("Uid", Long.toString(uid));
    posixUser.put("Gid", Long.toString(gid));
    Map<String, Object> creation = new LinkedHashMap<>();
    creation.put("OwnerUid", Long.toString(uid));
    creation.put("OwnerGid", Long.toString(gid));
    creation.put("Permissions", "0755");
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("Path", "/" + workload.name());
    root.put("CreationInfo", creation);
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("FileSystemId", tree.managedFileSystem(volume.name(), "volumes[" + volume.name() + "].efs"));
    properties.put("PosixUser", posixUser);
    properties.put("RootDirectory", root);
    Map<String, Object> resource = new LinkedHashMap<>();
    resource.put("Type", "AWS::EFS::AccessPoint");
    resource.put("Properties", properties);
    return Optional.of(resource);
  }

  /** Emitter settings. Unset settings have the documented defaults. */
  public static final class Builder {
    private final TaskDefinitionTree.Options options = new TaskDefinitionTree.Options();

    private Builder() {}

    /**
     * The task family; default the workload's name.
     *
     * @param family the family
     * @return this builder
     */
    public Builder family(String family) {
      options.family = Optional.of(family);
      return this;
    }

    /**
     * The FireLens router's container name; default {@code firelens_log_router}, Copilot's.
     *
     * @param name the name
     * @return this builder
     */
    public Builder logRouterName(String name) {
      options.logRouterName = name;
      return this;
    }

    /**
     * Whether sidecars are sorted by name, as Copilot renders them; default declaration order.
     *
     * @param byName true to sort
     * @return this builder
     */
    public Builder copilotOrder(boolean byName) {
      options.sortSidecars = byName;
      return this;
    }

    /**
     * The launch type in {@code requiresCompatibilities}; default {@code FARGATE}.
     *
     * @param compatibility {@code FARGATE}, {@code EC2} or {@code EXTERNAL}
     * @return this builder
     */
    public Builder requiresCompatibility(String compatibility) {
      options.compatibility = compatibility;
      return this;
    }

    /**
     * Takes a deployment's settings, as a tool hands them to every target: the region, account,
     * roles, built images, environment files, file systems and {@code validateFirst}; the
     * Kubernetes settings and {@code options} are not ECS's and are left alone.
     *
     * @param settings the settings
     * @return this builder
     * @throws IllegalArgumentException when a file system is neither {@code fs-id} nor
     *     {@code fs-id:fsap-id}
     */
    public Builder settings(EmitSettings settings) {
      settings.region().ifPresent(this::region);
      settings.accountId().ifPresent(this::accountId);
      settings.executionRoleArn().ifPresent(this::executionRoleArn);
      settings.taskRoleArn().ifPresent(this::taskRoleArn);
      settings.builtImages().forEach(this::builtImage);
      settings.environmentFiles().forEach(this::environmentFile);
      settings.fileSystems().forEach((volume, value) -> {
        int colon = value.indexOf(':');
        if (value.isBlank() || colon == 0 || colon == value.length() - 1) {
          throw new IllegalArgumentException("the file system of volume " + volume + " is '" + value
              + "'; expected fs-id or fs-id:fsap-id, for example fs-0123456789abcdef0:fsap-0123456789abcdef0");
        }
        if (colon < 0) {
          managedFileSystem(volume, value);
        } else {
          managedFileSystem(volume, value.substring(0, colon), value.substring(colon + 1));
        }
      });
      return validateFirst(settings.validateFirst());
    }

    /**
     * Whether every emit first validates the workload under the ECS profile
     * ({@code SidecarValidator.ecs()}) and throws an {@link InvalidWorkloadException} with the
     * whole report when it has errors; default true. Turn it off when the workload was validated
     * already (with its sources, for messages with lines); the emitter's own checks still
     * refuse what ECS cannot express.
     *
     * @param validate false to skip the validation
     * @return this builder
     */
    public Builder validateFirst(boolean validate) {
      options.validateFirst = validate;
      return this;
    }

    /**
     * The region for Secrets Manager ARNs in the API request.
     *
     * @param region for example {@code us-east-1}
     * @return this builder
     */
    public Builder region(String region) {
      options.region = Optional.of(region);
      return this;
    }

    /**
     * The account id for Secrets Manager ARNs in the API request.
     *
     * @param accountId twelve digits
     * @return this builder
     */
    public Builder accountId(String accountId) {
      options.accountId = Optional.of(accountId);
      return this;
    }

    /**
     * The task execution role, which ECS uses to pull private images and read the task's
     * secrets and environment files. The API request needs it for those; without it, a
     * CloudFormation template takes it as the parameter {@code ExecutionRoleArn}.
     *
     * @param arn for example {@code arn:aws:iam::123456789012:role/api-execution}
     * @return this builder
     */
    public Builder executionRoleArn(String arn) {
      options.executionRoleArn = Optional.of(arn);
      return this;
    }

    /**
     * The task role, which the containers act as.
     *
     * @param arn for example {@code arn:aws:iam::123456789012:role/api-task}
     * @return this builder
     */
    public Builder taskRoleArn(String arn) {
      options.taskRoleArn = Optional.of(arn);
      return this;
    }

    /**
     * The pushed reference of a container whose image the workload builds from a Dockerfile.
     *
     * @param containerName the container
     * @param reference for example {@code 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2}
     * @return this builder
     */
    public Builder builtImage(String containerName, String reference) {
      options.builtImages.put(containerName, reference);
      return this;
    }

    /**
     * The S3 object an environment file was uploaded to.
     *
     * @param path the file as the workload names it, for example {@code ./logging.env}
     * @param s3Arn the object's ARN
     * @return this builder
     */
    public Builder environmentFile(String path, String s3Arn) {
      options.environmentFiles.put(path, s3Arn);
      return this;
    }

    /**
     * The file system of a managed EFS volume (Copilot's {@code efs: true}), which Copilot
     * creates and a plain task definition must name.
     *
     * @param volumeName the volume
     * @param fileSystemId for example {@code fs-1234567}
     * @return this builder
     */
    public Builder managedFileSystem(String volumeName, String fileSystemId) {
      options.managedFileSystems.put(volumeName, fileSystemId);
      return this;
    }

    /**
     * The file system of a managed EFS volume and the access point through which the task
     * mounts it. Without the access point, a CloudFormation template creates one as Copilot
     * does, and an API request cannot be made.
     *
     * @param volumeName the volume
     * @param fileSystemId for example {@code fs-1234567}
     * @param accessPointId for example {@code fsap-1234567}
     * @return this builder
     */
    public Builder managedFileSystem(String volumeName, String fileSystemId, String accessPointId) {
      options.managedFileSystems.put(volumeName, fileSystemId);
      options.accessPoints.put(volumeName, accessPointId);
      return this;
    }

    /**
     * Tells the emitter that the workload's task definition overrides give the task size (a
     * CloudFormation template's {@code Cpu: !Ref TaskCPU}), so a workload without one is not an
     * error on Fargate. An API request still needs the size as a value.
     */
    Builder taskSizeByOverride() {
      options.taskSizeByOverride = true;
      return this;
    }

    /** @return the emitter */
    public EcsEmitter build() {
      return new EcsEmitter(options.copy());
    }
  }
}
