package dev.sidecars.testing;

import dev.sidecars.ecs.EcsContainerDefinition;
import dev.sidecars.ecs.EcsDependency;
import dev.sidecars.ecs.EcsPortMapping;
import dev.sidecars.ecs.EcsTaskDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules ECS applies at registration, over a typed task definition, each with the page of
 * the ECS documentation that states it. Written from the documentation, apart from the
 * emitter's own checks, so that an assertion does not ask the emitter to check itself.
 */
final class RegistrationRules {
  private static final String QUOTAS = "service-quotas.html";
  private static final String CONTAINER = "API_ContainerDefinition.html";
  private static final String EXECUTION_ROLE = "task_execution_IAM_role.html";
  private static final String FARGATE = "fargate-tasks-services.html / task_definition_parameters.html#task_size";
  private static final String FIRELENS = "firelens-taskdef.html";
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,255}");
  private static final Pattern PRIVATE_ECR =
      Pattern.compile("[0-9]{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/.*");

  private RegistrationRules() {}

  static List<String> broken(EcsTaskDefinition task) {
    List<String> broken = new ArrayList<>();
    List<EcsContainerDefinition> containers = task.containerDefinitions();
    if (containers.isEmpty()) {
      broken.add("no container [" + CONTAINER + "]");
    }
    if (containers.size() > 10) {
      broken.add(containers.size() + " containers; a task definition holds at most 10 [" + QUOTAS + "]");
    }
    Set<String> names = new HashSet<>();
    for (EcsContainerDefinition c : containers) {
      if (!NAME.matcher(c.name()).matches()) {
        broken.add("container name '" + c.name() + "' is not 1-255 letters, digits, - and _ [" + CONTAINER + "]");
      }
      if (!names.add(c.name())) {
        broken.add("two containers are named " + c.name() + " [" + CONTAINER + "]");
      }
    }
    if (!containers.isEmpty() && containers.stream().noneMatch(EcsContainerDefinition::essential)) {
      broken.add("no essential container [" + CONTAINER + "#ECS-Type-ContainerDefinition-essential]");
    }
    for (EcsContainerDefinition c : containers) {
      for (EcsPortMapping p : c.portMappings()) {
        if (p.containerPort() < 1 || p.containerPort() > 65535) {
          broken.add(c.name() + " maps port " + p.containerPort() + ", outside 1-65535 [" + CONTAINER + "]");
        }
      }
      for (EcsDependency d : c.dependsOn()) {
        if (d.containerName().equals(c.name())) {
          broken.add(c.name() + " depends on itself [" + CONTAINER + "#ECS-Type-ContainerDefinition-dependsOn]");
        } else if (!names.contains(d.containerName())) {
          broken.add(c.name() + " depends on " + d.containerName() + ", which is no container of the task ["
              + CONTAINER + "#ECS-Type-ContainerDefinition-dependsOn]");
        }
      }
    }
    firelens(containers, broken);
    boolean fargate = task.requiresCompatibilities().contains("FARGATE");
    if (task.executionRoleArn().isEmpty()) {
      for (EcsContainerDefinition c : containers) {
        if (!c.secrets().isEmpty()) {
          broken.add(c.name() + " has secrets but the task no execution role [" + EXECUTION_ROLE + "]");
        }
        if (c.logConfiguration().filter(l -> !l.secretOptions().isEmpty()).isPresent()) {
          broken.add(c.name() + " has log secretOptions but the task no execution role [" + EXECUTION_ROLE + "]");
        }
        if (fargate && PRIVATE_ECR.matcher(c.image()).matches()) {
          broken.add(c.name() + " pulls a private ECR image on Fargate but the task has no execution role ["
              + EXECUTION_ROLE + "]");
        }
      }
    }
    if (fargate) {
      fargate(task, broken);
    }
    return broken;
  }

  private static void firelens(List<EcsContainerDefinition> containers, List<String> broken) {
    List<String> routers = containers.stream().filter(c -> c.firelensConfiguration().isPresent())
        .map(EcsContainerDefinition::name).collect(Collectors.toList());
    if (routers.size() > 1) {
      broken.add("more than one FireLens router: " + routers + " [" + FIRELENS + "]");
    }
    if (routers.isEmpty()) {
      containers.stream().filter(EcsContainerDefinition::routesLogsThroughFireLens).forEach(c ->
          broken.add(c.name() + " logs with awsfirelens but no container is a FireLens router [" + FIRELENS + "]"));
    }
  }

  private static void fargate(EcsTaskDefinition task, List<String> broken) {
    if (!task.networkMode().filter("awsvpc"::equals).isPresent()) {
      broken.add("Fargate needs networkMode awsvpc, not " + task.networkMode().orElse("the default") + " ["
          + FARGATE + "]");
    }
    if (task.cpu().isEmpty() || task.memory().isEmpty()) {
      broken.add("Fargate needs the task's cpu and memory [" + FARGATE + "]");
      return;
    }
    long cpu;
    long memory;
    try {
      cpu = Long.parseLong(task.cpu().get());
      memory = Long.parseLong(task.memory().get());
    } catch (NumberFormatException e) {
      broken.add("cpu " + task.cpu().get() + " and memory " + task.memory().get() + " are not numbers [" + FARGATE + "]");
      return;
    }
    if (!fargatePair(cpu, memory)) {
      broken.add("Fargate has no task of " + cpu + " CPU units with " + memory + " MiB [" + FARGATE + "]");
    }
  }

  /** The "Task size" table of the developer guide. */
  private static boolean fargatePair(long cpu, long memory) {
    if (cpu == 256) {
      return memory == 512 || memory == 1024 || memory == 2048;
    }
    long[][] ranges = {{512, 1024, 4096, 1024}, {1024, 2048, 8192, 1024}, {2048, 4096, 16384, 1024},
        {4096, 8192, 30720, 1024}, {8192, 16384, 61440, 4096}, {16384, 32768, 122880, 8192}};
    for (long[] range : ranges) {
      if (cpu == range[0]) {
        return memory >= range[1] && memory <= range[2] && memory % range[3] == 0;
      }
    }
    return false;
  }
}
