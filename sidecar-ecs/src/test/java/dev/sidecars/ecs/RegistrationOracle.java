package dev.sidecars.ecs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.EFSVolumeConfiguration;
import software.amazon.awssdk.services.ecs.model.LogConfiguration;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import software.amazon.awssdk.services.ecs.model.Volume;

/**
 * The rules by which {@code RegisterTaskDefinition} refuses a request that the AWS SDK's model
 * accepts, written from the Amazon ECS Developer Guide and API Reference, apart from the
 * emitter and the validator, so that neither can pass by agreeing with itself. Run on every
 * emitted request next to {@link StrictEcsOracle}. Each rule names the page it comes from.
 */
public final class RegistrationOracle {
  /** developerguide/task_execution_IAM_role.html ("Private registry authentication", "Fargate and ECR"). */
  private static final String EXECUTION_ROLE = "task_execution_IAM_role.html";
  /** developerguide/fargate-tasks-services.html and task_definition_parameters.html ("Task size"). */
  private static final String FARGATE = "fargate-tasks-services.html / task_definition_parameters.html#task_size";
  /** developerguide/efs-volumes.html and APIReference/API_EFSVolumeConfiguration.html. */
  private static final String EFS = "efs-volumes.html / API_EFSVolumeConfiguration.html";
  /** developerguide/service-quotas.html: 10 containers per task definition. */
  private static final String QUOTAS = "service-quotas.html";
  /** APIReference/API_ContainerDefinition.html ("essential"). */
  private static final String ESSENTIAL = "API_ContainerDefinition.html#ECS-Type-ContainerDefinition-essential";

  private static final Pattern PRIVATE_ECR =
      Pattern.compile("[0-9]{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/.*");

  private RegistrationOracle() {}

  /**
   * Checks a request.
   *
   * @param request the request, as the SDK's model read it
   * @return the request
   * @throws AssertionError listing every rule the request breaks, each with its page
   */
  public static RegisterTaskDefinitionRequest check(RegisterTaskDefinitionRequest request) {
    List<String> broken = new ArrayList<>();
    List<ContainerDefinition> containers = request.containerDefinitions();
    if (containers.size() > 10) {
      broken.add(containers.size() + " containers; a task definition holds at most 10 [" + QUOTAS + "]");
    }
    if (containers.stream().noneMatch(c -> c.essential() == null || c.essential())) {
      broken.add("no essential container [" + ESSENTIAL + "]");
    }
    boolean fargate = request.requiresCompatibilities().contains(Compatibility.FARGATE);
    if (fargate) {
      fargate(request, broken);
    }
    if (request.executionRoleArn() == null) {
      for (ContainerDefinition c : containers) {
        if (!c.secrets().isEmpty()) {
          broken.add(c.name() + " has secrets but the task no execution role [" + EXECUTION_ROLE + "]");
        }
        if (!c.environmentFiles().isEmpty()) {
          broken.add(c.name() + " has environment files but the task no execution role [" + EXECUTION_ROLE + "]");
        }
        if (c.repositoryCredentials() != null) {
          broken.add(c.name() + " has repository credentials but the task no execution role [" + EXECUTION_ROLE + "]");
        }
        LogConfiguration log = c.logConfiguration();
        if (log != null && !log.secretOptions().isEmpty()) {
          broken.add(c.name() + " has log secretOptions but the task no execution role [" + EXECUTION_ROLE + "]");
        }
        if (fargate && log != null && "awslogs".equals(log.logDriverAsString())) {
          broken.add(c.name() + " logs with awslogs on Fargate but the task has no execution role [" + EXECUTION_ROLE + "]");
        }
        if (fargate && c.image() != null && PRIVATE_ECR.matcher(c.image()).matches()) {
          broken.add(c.name() + " pulls a private ECR image on Fargate but the task has no execution role ["
              + EXECUTION_ROLE + "]");
        }
      }
    }
    for (Volume volume : request.volumes()) {
      EFSVolumeConfiguration efs = volume.efsVolumeConfiguration();
      if (efs == null) {
        continue;
      }
      boolean encrypted = "ENABLED".equals(efs.transitEncryptionAsString());
      boolean iam = efs.authorizationConfig() != null && "ENABLED".equals(efs.authorizationConfig().iamAsString());
      String accessPoint = efs.authorizationConfig() == null ? null : efs.authorizationConfig().accessPointId();
      if ((iam || accessPoint != null) && !encrypted) {
        broken.add("volume " + volume.name() + " uses IAM or an access point without transit encryption [" + EFS + "]");
      }
      if (accessPoint != null && efs.rootDirectory() != null && !efs.rootDirectory().equals("/")) {
        broken.add("volume " + volume.name() + " mounts an access point at root directory " + efs.rootDirectory()
            + "; with an access point it is / or absent [" + EFS + "]");
      }
      if (efs.fileSystemId() == null || efs.fileSystemId().isEmpty()) {
        broken.add("volume " + volume.name() + " names no file system [" + EFS + "]");
      }
    }
    if (!broken.isEmpty()) {
      throw new AssertionError("ECS would refuse the request: " + String.join("; ", broken));
    }
    return request;
  }

  /**
   * Parses a request with the SDK's strict model and checks it.
   *
   * @param json the request
   * @return the request
   * @throws Exception when the model rejects it
   * @throws AssertionError when ECS would
   */
  public static RegisterTaskDefinitionRequest accept(String json) throws Exception {
    return check(StrictEcsOracle.parse(json));
  }

  private static void fargate(RegisterTaskDefinitionRequest request, List<String> broken) {
    if (request.networkMode() != NetworkMode.AWSVPC) {
      broken.add("Fargate needs networkMode awsvpc, not " + request.networkModeAsString() + " [" + FARGATE + "]");
    }
    if (request.cpu() == null || request.memory() == null) {
      broken.add("Fargate needs the task's cpu and memory [" + FARGATE + "]");
      return;
    }
    long cpu;
    long memory;
    try {
      cpu = Long.parseLong(request.cpu());
      memory = Long.parseLong(request.memory());
    } catch (NumberFormatException e) {
      broken.add("cpu " + request.cpu() + " and memory " + request.memory() + " are not numbers [" + FARGATE + "]");
      return;
    }
    if (!fargatePair(cpu, memory)) {
      broken.add("Fargate has no task of " + cpu + " CPU units with " + memory + " MiB [" + FARGATE + "]");
    }
  }

  /** The table of the "Task size" section, from the developer guide. */
  private static boolean fargatePair(long cpu, long memory) {
    if (cpu == 256) {
      return memory == 512 || memory == 1024 || memory == 2048;
    }
    if (cpu == 512) {
      return memory >= 1024 && memory <= 4096 && memory % 1024 == 0;
    }
    if (cpu == 1024) {
      return memory >= 2048 && memory <= 8192 && memory % 1024 == 0;
    }
    if (cpu == 2048) {
      return memory >= 4096 && memory <= 16384 && memory % 1024 == 0;
    }
    if (cpu == 4096) {
      return memory >= 8192 && memory <= 30720 && memory % 1024 == 0;
    }
    if (cpu == 8192) {
      return memory >= 16384 && memory <= 61440 && memory % 4096 == 0;
    }
    if (cpu == 16384) {
      return memory >= 32768 && memory <= 122880 && memory % 8192 == 0;
    }
    return false;
  }
}
