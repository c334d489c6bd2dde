package dev.sidecars.ecs.internal;

import dev.sidecars.ecs.EcsEmitException;
import dev.sidecars.model.Container;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.FargateTaskSizes;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code RegisterTaskDefinition} refuses in a request that the model can hold, checked
 * before an API request is written, so that the emitter never writes one ECS would refuse:
 *
 * <ul>
 *   <li>An execution role, for secrets, log secret options, environment files, repository
 *       credentials and, on Fargate, images in a private Amazon ECR repository (ECS developer
 *       guide, "Amazon ECS task execution IAM role").
 *   <li>On Fargate, the task's cpu and memory, as one of Fargate's pairs (developer guide,
 *       "Amazon ECS task definition parameters for Fargate", Task size).
 * </ul>
 *
 * <p>A CloudFormation template takes what only a deployment knows as parameters instead.
 */
public final class RegistrationRules {
  /** A private Amazon ECR repository: {@code <account>.dkr.ecr.<region>.amazonaws.com/...}. */
  private static final Pattern PRIVATE_ECR =
      Pattern.compile("[0-9]{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/.*");

  private RegistrationRules() {}

  /**
   * Checks a workload and the emitter's settings before an API request is written.
   *
   * @param workload the workload
   * @param options the emitter's settings
   * @throws EcsEmitException when ECS would refuse the request
   */
  public static void check(Workload workload, TaskDefinitionTree.Options options) {
    boolean fargate = options.compatibility.equals("FARGATE");
    if (fargate) {
      fargateTaskSize(workload);
    }
    if (options.executionRoleArn.isEmpty()) {
      List<String> needs = executionRoleNeeds(workload, options, fargate);
      if (!needs.isEmpty()) {
        throw new EcsEmitException(EcsEmitException.DEPLOYMENT_INPUT, "executionRoleArn", "ECS needs the task's execution role to read "
            + String.join(", ", needs) + "; give the emitter its ARN (executionRoleArn)");
      }
    }
  }

  /** Fargate's task sizes: CPU units with the memory range and step (MiB) that go with them. */
  private static void fargateTaskSize(Workload workload) {
    if (workload.cpu().isEmpty() || workload.memory().isEmpty()) {
      throw new EcsEmitException(workload.cpu().isEmpty() ? "cpu" : "memory", "Fargate needs the task's cpu and memory; "
          + "give the workload both, or register the task for EC2 (requiresCompatibility)");
    }
    long cpu = workload.cpu().map(c -> c.ecsUnits(RoundingMode.CEILING)).get();
    long memory = workload.memory().map(m -> m.mebibytes(RoundingMode.CEILING)).get();
    if (!FargateTaskSizes.offers(cpu, memory)) {
      throw new EcsEmitException("cpu", "Fargate offers no task of " + cpu + " CPU units with " + memory + " MiB; "
          + FargateTaskSizes.describe());
    }
  }

  /**
   * What the task's execution role is needed for.
   *
   * @param workload the workload
   * @param options the emitter's settings
   * @param fargate whether the task runs on Fargate
   * @return what needs it, for example "the secrets of api"; empty when nothing does
   */
  public static List<String> executionRoleNeeds(Workload workload, TaskDefinitionTree.Options options,
      boolean fargate) {
    List<String> needs = new ArrayList<>();
    for (Container c : workload.containers()) {
      if (!c.secrets().isEmpty()) {
        needs.add("the secrets of " + c.name());
      }
      if (c.envFile().isPresent()) {
        needs.add("the environment file of " + c.name());
      }
      if (c.credentials().isPresent()) {
        needs.add("the repository credentials of " + c.name());
      }
      Optional<String> image = Optional.ofNullable(options.builtImages.get(c.name())).or(() -> c.image().location());
      if (fargate && image.filter(i -> PRIVATE_ECR.matcher(i).matches()).isPresent()) {
        needs.add("the private Amazon ECR image of " + c.name());
      }
    }
    Optional<Logging> logging = workload.logging().filter(Logging::routesLogs);
    logging.filter(l -> !l.secrets().isEmpty()).ifPresent(l -> needs.add("the secrets of the log router"));
    logging.filter(l -> !l.secretOptions().isEmpty()).ifPresent(l -> needs.add("the log secretOptions"));
    logging.filter(l -> l.envFile().isPresent()).ifPresent(l -> needs.add("the environment file of the log router"));
    return needs;
  }
}
