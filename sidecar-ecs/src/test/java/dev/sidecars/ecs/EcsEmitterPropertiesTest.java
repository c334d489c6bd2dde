package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Platform;
import dev.sidecars.model.Port;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Resources;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/** Generated ECS-valid workloads emit requests the AWS model accepts, with every container and dependency. */
class EcsEmitterPropertiesTest {
  private static final EcsEmitter EMITTER = EcsEmitter.builder().region("eu-west-1").accountId("123456789012")
      .executionRoleArn("arn:aws:iam::123456789012:role/task-execution").build();

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static Gen<Workload> workloads() {
    return in -> {
      int count = between(in, 0, 6);
      Set<Integer> ports = new HashSet<>();
      List<Container> containers = new ArrayList<>();
      for (int i = 0; i <= count; i++) {
        Container.Builder c = Container.builder().name(i == 0 ? "app" : "side-" + i).image("example/c" + i + ":1.0");
        int number = between(in, 1, 65535);
        if (between(in, 0, 1) == 1 && ports.add(number)) {
          Port port = Port.of(number, between(in, 0, 1) == 0 ? Protocol.TCP : Protocol.UDP);
          c.addPort(between(in, 0, 1) == 0 ? port : port.named("p" + number));
        }
        if (between(in, 0, 1) == 1) {
          c.healthCheck(HealthCheck.builder().addCommand("CMD-SHELL", "true")
              .interval(Duration.ofSeconds(between(in, 5, 300))).retries(between(in, 1, 10)).build());
        }
        if (between(in, 0, 1) == 1) {
          c.addMount(Mount.of("data", "/mnt/" + i, between(in, 0, 1) == 1));
        }
        if (between(in, 0, 1) == 1) {
          c.putEnvironment("N" + between(in, 0, 9), "v" + between(in, 0, 9));
          c.putSecret("S", between(in, 0, 1) == 0 ? SecretRef.ssm("/app/s") : SecretRef.secretsManager("app/s"));
          c.putLabel("team", "t" + i);
        }
        if (between(in, 0, 1) == 1) {
          // at most 400 MiB each: ten containers and the log router fit the task's 4096 MiB, as ECS requires
          int min = between(in, 6, 200);
          c.resources(Resources.builder().cpuMin(Cpu.ofEcsUnits(between(in, 2, 1024)))
              .memoryMin(Memory.ofMebibytes(min)).memoryMax(Memory.ofMebibytes(min + between(in, 1, 200))).build());
        }
        if (i > 0 && between(in, 0, 3) == 0) {
          c.essential(false);
        }
        if (between(in, 0, 2) == 0) {
          c.entrypoint("/bin/sh", "-c").command("run " + i);
        }
        containers.add(c.build());
      }
      dependencies(in, containers);
      Workload.Builder w = Workload.builder().name("w" + between(in, 0, 99)).type(WorkloadType.BACKEND_SERVICE)
          .main(containers.get(0)).addAllSidecars(containers.subList(1, containers.size()))
          .addVolume(Volume.builder().name("data").efs(EfsVolume.builder().fileSystemId("fs-12345678")
              .iam(between(in, 0, 1) == 1).build()).build())
          .platform(between(in, 0, 1) == 0 ? Platform.linuxX86() : Platform.linuxArm64())
          .cpu(Cpu.ofEcsUnits(1024)).memory(Memory.ofMebibytes(4096));
      if (between(in, 0, 1) == 1) {
        w.logging(Logging.builder().putDestination("Name", "cloudwatch").enableMetadata(between(in, 0, 1) == 1).build());
      }
      return w.build();
    };
  }

  /**
   * Dependencies in any direction, the main container's included, each with any condition ECS
   * takes for its target (HEALTHY on one with a health check, COMPLETE or SUCCESS on a
   * non-essential one, START on any): a container waits only for those before it in a random
   * order, so there is no cycle.
   */
  private static void dependencies(RandomnessSource in, List<Container> containers) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < containers.size(); i++) {
      order.add(between(in, 0, order.size()), i);
    }
    for (int position = 1; position < order.size(); position++) {
      int waiting = order.get(position);
      Container.Builder c = containers.get(waiting).toBuilder();
      int wanted = between(in, 0, 2);
      for (int k = 0; k < wanted; k++) {
        Container target = containers.get(order.get(between(in, 0, position - 1)));
        List<DependencyCondition> allowed = new ArrayList<>(List.of(DependencyCondition.START));
        if (target.healthCheck().isPresent()) {
          allowed.add(DependencyCondition.HEALTHY);
        }
        if (!target.isEssential()) {
          allowed.add(DependencyCondition.COMPLETE);
          allowed.add(DependencyCondition.SUCCESS);
        }
        c.putDependsOn(target.name(), allowed.get(between(in, 0, allowed.size() - 1)));
      }
      containers.set(waiting, c.build());
    }
  }

  @Test
  void emittedRequestsPassTheModelAndKeepEveryContainerAndDependency() {
    qt().withExamples(300).forAll(workloads()).checkAssert(w -> {
      RegisterTaskDefinitionRequest request;
      try {
        request = RegistrationOracle.accept(EMITTER.toApiJson(w));
      } catch (Exception e) {
        throw new AssertionError(e.getMessage(), e);
      }
      Set<String> names = request.containerDefinitions().stream().map(ContainerDefinition::name).collect(Collectors.toSet());
      Set<String> expected = w.containers().stream().map(Container::name).collect(Collectors.toSet());
      if (w.logging().isPresent()) {
        expected.add("firelens_log_router");
      }
      assertThat(names).isEqualTo(expected);
      for (ContainerDefinition definition : request.containerDefinitions()) {
        // every dependency the model has, with its condition, sorted by name; nothing else
        List<String> emitted = definition.dependsOn().stream()
            .map(d -> d.containerName() + " " + d.conditionAsString()).collect(Collectors.toList());
        List<String> modelled = w.container(definition.name()).map(c -> new java.util.TreeMap<>(c.dependsOn()).entrySet()
            .stream().map(e -> e.getKey() + " " + e.getValue().name()).collect(Collectors.toList())).orElse(List.of());
        assertThat(emitted).as(definition.name()).isEqualTo(modelled);
      }
      assertThat(w.containers().stream().mapToInt(c -> c.dependsOn().size()).sum())
          .as("every dependency emitted once").isEqualTo(request.containerDefinitions().stream()
              .mapToInt(d -> d.dependsOn().size()).sum());
      boolean router = names.contains("firelens_log_router");
      boolean firelensUser = request.containerDefinitions().stream()
          .anyMatch(d -> d.logConfiguration() != null && "awsfirelens".equals(d.logConfiguration().logDriverAsString()));
      assertThat(firelensUser).as("no awsfirelens without a router, no router without a user").isEqualTo(router);
      // the router adds ECS metadata to each record as the workload says, not always
      request.containerDefinitions().stream().filter(d -> d.name().equals("firelens_log_router")).forEach(d ->
          assertThat(d.firelensConfiguration().options()).containsEntry("enable-ecs-log-metadata",
              String.valueOf(w.logging().orElseThrow().isMetadataEnabled())));
    });
  }
}
