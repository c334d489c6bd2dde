package dev.sidecars.testing;

import static dev.sidecars.model.DependencyCondition.HEALTHY;
import static dev.sidecars.model.DependencyCondition.START;
import static dev.sidecars.testing.SidecarAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.ecs.EcsTaskDefinition;
import dev.sidecars.formats.NativeManifest;
import dev.sidecars.formats.Sourced;
import dev.sidecars.k8s.KubernetesEmitter;
import dev.sidecars.k8s.KubernetesResult;
import dev.sidecars.k8s.SidecarMode;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Port;
import dev.sidecars.model.TaskDefinitionOverride;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each assertion passes on what holds, and fails on what does not with a message that says why. */
class SidecarAssertionsTest {

  /** api waits for envoy to be healthy; envoy and otel are sidecars; logs go through FireLens. */
  static Workload api() {
    Container envoy = Container.builder().name("envoy").image("envoyproxy/envoy:v1.31").addPorts(Port.tcp(9901))
        .healthCheck(HealthCheck.cmdShell("curl -f localhost:9901/ready")).build();
    Container otel = Container.builder().name("otel").image("otel/collector:0.98").addPorts(Port.tcp(4317))
        .putDependsOn("envoy", START).build();
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512))
        .main(Container.builder().name("api").image("example/api:1").addPorts(Port.tcp(8080))
            .putEnvironment("LOG_LEVEL", "warn").putDependsOn("envoy", HEALTHY).build())
        .addSidecars(envoy, otel)
        .logging(Logging.builder().putDestination("Name", "cloudwatch").build())
        .build();
  }

  @Nested
  class Workloads {
    @Test
    void passWhereTheWorkloadIsSo() {
      assertThat(api()).hasSidecar("envoy").exposes(Port.tcp(9901))
          .container("api").dependsOn("envoy", HEALTHY).exposes(Port.tcp(8080)).hasEnv("LOG_LEVEL", "warn");
      assertThat(api()).container("envoy").hasNoDependencies();
    }

    @Test
    void aMissingContainerNamesTheOnesThereAre() {
      assertThatThrownBy(() -> assertThat(api()).container("nginx"))
          .isInstanceOf(AssertionError.class)
          .hasMessage(("%nExpecting workload api to have a container named:%n  nginx%nbut its containers are:%n"
              + "  [api, envoy, otel]").formatted());
    }

    @Test
    void theMainContainerIsNoSidecar() {
      assertThatThrownBy(() -> assertThat(api()).hasSidecar("api"))
          .hasMessage(("%nExpecting workload api to have the sidecar:%n  api%nbut its sidecars are:%n  [envoy, otel]%n"
              + "and its main container is:%n  api").formatted());
    }

    @Test
    void aDependencyOfAnotherConditionSaysWhichItIs() {
      assertThatThrownBy(() -> assertThat(api()).container("api").dependsOn("envoy", START))
          .hasMessage(("%nExpecting container api of workload api to depend on:%n  envoy start%n"
              + "but it waits for envoy to reach healthy").formatted());
      assertThatThrownBy(() -> assertThat(api()).container("otel").dependsOn("api", START))
          .hasMessageEndingWith("but it waits for {envoy=start}");
      assertThatThrownBy(() -> assertThat(api()).container("api").hasNoDependencies())
          .hasMessageEndingWith("but it waits for:%n  {envoy=healthy}".formatted());
    }

    @Test
    void aPortOfAnotherProtocolIsNotExposed() {
      assertThatThrownBy(() -> assertThat(api()).container("envoy").exposes(Port.udp(9901)))
          .hasMessage(("%nExpecting container envoy of workload api to listen on:%n  9901/udp%nbut its ports are:%n"
              + "  [9901/tcp]").formatted());
      assertThatThrownBy(() -> assertThat(api()).exposes(Port.tcp(80)))
          .hasMessageContaining("to listen on:%n  80/tcp".formatted()).hasMessageContaining("envoy [9901/tcp]");
    }

    @Test
    void anotherValueOrNoVariable() {
      assertThatThrownBy(() -> assertThat(api()).container("api").hasEnv("LOG_LEVEL", "debug"))
          .hasMessageEndingWith("but it is LOG_LEVEL=warn");
      assertThatThrownBy(() -> assertThat(api()).container("envoy").hasEnv("LOG_LEVEL", "warn"))
          .hasMessageEndingWith("but its variables are []");
    }
  }

  @Nested
  class EcsTaskDefinitions {
    private final EcsTaskDefinition task = EcsEmitter.create().emit(api());

    @Test
    void passWhereTheTaskDefinitionIsSo() {
      assertThat(task).routesLogsThroughFireLens().isRegistrable()
          .container("api").dependsOn("envoy", HEALTHY).exposes(Port.tcp(8080)).hasEnv("LOG_LEVEL", "warn")
          .routesLogsThroughFireLens().isEssential();
    }

    @Test
    void failuresSayWhatTheTaskDefinitionHas() {
      assertThatThrownBy(() -> assertThat(task).container("nginx"))
          .hasMessage(("%nExpecting task definition api to have a container named:%n  nginx%nbut its containers are:%n"
              + "  [api, firelens_log_router, envoy, otel]").formatted());
      assertThatThrownBy(() -> assertThat(task).container("otel").dependsOn("envoy", HEALTHY))
          .hasMessage(("%nExpecting container otel of task definition api to depend on:%n  envoy HEALTHY%n"
              + "but its dependsOn is:%n  [envoy START]").formatted());
      assertThatThrownBy(() -> assertThat(task).container("envoy").exposes(Port.tcp(80)))
          .hasMessageEndingWith("but its portMappings are:%n  [9901/tcp]".formatted());
      assertThatThrownBy(() -> assertThat(task).container("envoy").hasEnv("LOG_LEVEL", "warn"))
          .hasMessageEndingWith("but its variables are []");
      assertThatThrownBy(() -> assertThat(task).container("envoy").routesLogsThroughFireLens())
          .hasMessageEndingWith("but it has no logConfiguration");
    }

    @Test
    void aContainerThatMayStopIsNotEssential() {
      Workload optional = api().toBuilder().sidecars(java.util.List.of(api().sidecars().get(0),
          api().sidecars().get(1).toBuilder().essential(false).build())).build();
      assertThatThrownBy(() -> assertThat(EcsEmitter.create().emit(optional)).container("otel").isEssential())
          .hasMessage("%nExpecting container otel of task definition api to be essential%nbut it is not".formatted());
    }

    @Test
    void withoutLoggingNothingRoutesThroughFireLens() {
      EcsTaskDefinition plain = EcsEmitter.create().emit(api().toBuilder().logging(java.util.Optional.empty()).build());
      assertThatThrownBy(() -> assertThat(plain).routesLogsThroughFireLens())
          .hasMessage(("%nExpecting task definition api to route logs through FireLens%nbut it has no FireLens router "
              + "(no container has a firelensConfiguration) and no container logs with the awsfirelens driver").formatted());
    }

    @Test
    void aTaskDefinitionEcsWouldRefuseListsEveryRuleItBreaks() {
      // overrides can make what the emitter would never write; the emitter's checks come before them
      Workload broken = api().toBuilder()
          .addTaskDefinitionOverride(TaskDefinitionOverride.of("Cpu", "300"))
          .addTaskDefinitionOverride(TaskDefinitionOverride.of("ContainerDefinitions[2].DependsOn[-]",
              java.util.Map.of("ContainerName", "ghost", "Condition", "START")))
          .build();
      assertThatThrownBy(() -> assertThat(EcsEmitter.create().emit(broken)).isRegistrable())
          .hasMessage(("%nExpecting task definition api to be registrable%nbut ECS would refuse it:%n"
              + "  envoy depends on ghost, which is no container of the task "
              + "[API_ContainerDefinition.html#ECS-Type-ContainerDefinition-dependsOn]%n"
              + "  Fargate has no task of 300 CPU units with 512 MiB "
              + "[fargate-tasks-services.html / task_definition_parameters.html#task_size]").formatted());
    }
  }

  @Nested
  class KubernetesResults {
    private final KubernetesResult result = KubernetesEmitter.create().emit(api());

    @Test
    void passWhereThePodIsSo() {
      assertThat(result).nativeSidecar("envoy").startsBefore("api").startsBefore("otel").isGatedByStartupProbe();
      assertThat(result).container("api").hasEnv("LOG_LEVEL", "warn");
    }

    @Test
    void aClassicOrMissingSidecarIsNoNativeOne() {
      KubernetesResult classic = KubernetesEmitter.builder().mode(SidecarMode.CLASSIC).build().emit(api());
      assertThatThrownBy(() -> assertThat(classic).nativeSidecar("envoy"))
          .hasMessage(("%nExpecting the pod to run envoy as a native sidecar (an init container with restartPolicy: "
              + "Always)%nbut it is a classic container of the pod, not an init container").formatted());
      assertThatThrownBy(() -> assertThat(result).nativeSidecar("nginx"))
          .hasMessageEndingWith("but the pod has no container of that name; its init containers are [envoy, otel] "
              + "and its containers [api]");
    }

    @Test
    void startOrderAndGatesAreChecked() {
      assertThatThrownBy(() -> assertThat(result).nativeSidecar("otel").startsBefore("envoy"))
          .hasMessage(("%nExpecting otel to start before:%n  envoy%nbut the init containers start in the order "
              + "[envoy, otel]").formatted());
      assertThatThrownBy(() -> assertThat(result).nativeSidecar("otel").isGatedByStartupProbe())
          .hasMessage(("%nExpecting native sidecar otel to have a startup probe, so that the containers after it wait"
              + " for it%nbut it has none").formatted());
    }

    @Test
    void aVariableIsLookedForInTheRightContainer() {
      assertThatThrownBy(() -> assertThat(result).container("api").hasEnv("LOG_LEVEL", "debug"))
          .hasMessage("%nExpecting container api to have the variable:%n  LOG_LEVEL=debug%nbut it is LOG_LEVEL=warn"
              .formatted());
      assertThatThrownBy(() -> assertThat(result).container("nginx"))
          .hasMessageEndingWith("but its containers are:%n  [envoy, otel, api]".formatted());
    }
  }

  @Nested
  class ValidationReports {
    private static final String CYCLE = String.join("\n",
        "apiVersion: sidecars.dev/v1alpha1", // 1
        "kind: Workload", // 2
        "name: api", // 3
        "type: backend-service", // 4
        "cpu: 256", // 5
        "memory: 512Mi", // 6
        "main:", // 7
        "  name: api", // 8
        "  image: example/api:1", // 9
        "sidecars:", // 10
        "  - name: a", // 11
        "    image: a:1", // 12
        "    dependsOn: {b: start}", // 13
        "  - name: b", // 14
        "    image: b:1", // 15
        "    dependsOn: {a: start}", // 16
        "");

    private ValidationReport cycle() {
      Sourced<Workload> read = NativeManifest.create().readWorkloadWithSources(CYCLE, "api.yaml");
      return SidecarValidator.ecs().validate(read.value(), read.sources());
    }

    @Test
    void passWhereTheReportIsSo() {
      assertThat(SidecarValidator.ecs().validate(api())).hasNoErrors();
      assertThat(cycle()).hasError("depends-on.cycle").atLine(13).atPath("sidecars[0].dependsOn.b");
    }

    @Test
    void aWarningIsFoundAsAWarning() {
      Workload probed = api().toBuilder().main(api().main().toBuilder().healthCheck(HealthCheck.cmdShell("true"))
          .readinessProbe(dev.sidecars.model.Probe.http("/ready", "8080")).build()).build();
      assertThat(SidecarValidator.ecs().validate(probed)).hasNoErrors().hasWarning("ecs.probe-ignored")
          .atPath("main.readinessProbe");
      assertThatThrownBy(() -> assertThat(SidecarValidator.ecs().validate(probed)).hasError("ecs.probe-ignored"))
          .hasMessageContaining("but it is a warning: ");
    }

    @Test
    void hasNoErrorsListsTheErrors() {
      assertThatThrownBy(() -> assertThat(cycle()).hasNoErrors())
          .hasMessageStartingWith("%nExpecting no validation errors%nbut there ".formatted())
          .hasMessageContaining("api.yaml:13:").hasMessageContaining("[depends-on.cycle]");
    }

    @Test
    void anAbsentCodeOrAnotherLineSaysWhatThereIs() {
      assertThatThrownBy(() -> assertThat(SidecarValidator.ecs().validate(api())).hasError("depends-on.cycle"))
          .hasMessage("%nExpecting the report to have an error:%n  depends-on.cycle%nbut the report is empty".formatted());
      assertThatThrownBy(() -> assertThat(cycle()).hasError("depends-on.cycle").atLine(22))
          .hasMessageStartingWith("%nExpecting error depends-on.cycle at line:%n  22%nbut it is at [line ".formatted());
      assertThatThrownBy(() -> assertThat(cycle()).hasWarning("depends-on.cycle"))
          .hasMessageContaining("but it is an error: ");
      assertThatThrownBy(() -> assertThat(cycle()).hasError("depends-on.cycle").atPath("sidecars"))
          .hasMessageEndingWith("but it is at:%n  sidecars[0].dependsOn.b".formatted());
    }
  }
}
