package dev.sidecars.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Container;
import dev.sidecars.model.HealthCheck;
import dev.sidecars.model.Probe;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every probe rule of the Kubernetes profile, on every probe and on the health check, with the exact findings. */
class KubernetesProbesTest {

  private static List<String> findings(UnaryOperator<Container.Builder> change) {
    Container sidecar = change.apply(Container.builder().name("envoy").image("envoy:1")).build();
    Workload workload = Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("api:1").build()).addSidecar(sidecar).build();
    return SidecarValidator.kubernetes().validate(workload).violations().stream()
        .filter(v -> v.code().startsWith("probe."))
        .map(v -> v.code() + " @ " + v.modelPath()).sorted().collect(Collectors.toList());
  }

  static java.util.stream.Stream<Arguments> cases() {
    Duration negative = Duration.ofSeconds(-1);
    return java.util.stream.Stream.of(
        Arguments.of("a clean set", (UnaryOperator<Container.Builder>) c -> c
            .livenessProbe(Probe.http("/live", "9901")).readinessProbe(Probe.tcp("9901"))
            .startupProbe(Probe.exec("true")).healthCheck(HealthCheck.cmdShell("true")), List.of()),
        Arguments.of("two handlers", (UnaryOperator<Container.Builder>) c -> c
            .readinessProbe(Probe.builder().command(List.of("true")).path("/").port("80").build()),
            List.of("probe.handler @ sidecars.envoy.readinessProbe")),
        Arguments.of("a command and only a port", (UnaryOperator<Container.Builder>) c -> c
            .startupProbe(Probe.builder().command(List.of("true")).port("80").build()),
            List.of("probe.handler @ sidecars.envoy.startupProbe")),
        Arguments.of("an empty command", (UnaryOperator<Container.Builder>) c -> c
            .livenessProbe(Probe.builder().command(List.of()).build()),
            List.of("probe.handler @ sidecars.envoy.livenessProbe.command")),
        Arguments.of("no port", (UnaryOperator<Container.Builder>) c -> c
            .readinessProbe(Probe.builder().path("/ready").build()),
            List.of("probe.handler @ sidecars.envoy.readinessProbe.port")),
        Arguments.of("negative durations", (UnaryOperator<Container.Builder>) c -> c
            .startupProbe(Probe.builder().port("80").initialDelay(negative).period(negative).timeout(negative).build()),
            List.of("probe.range @ sidecars.envoy.startupProbe.initialDelay",
                "probe.range @ sidecars.envoy.startupProbe.period", "probe.range @ sidecars.envoy.startupProbe.timeout")),
        Arguments.of("a zero duration is fine", (UnaryOperator<Container.Builder>) c -> c
            .livenessProbe(Probe.builder().port("80").initialDelay(Duration.ZERO).build()), List.of()),
        Arguments.of("success threshold on liveness and startup", (UnaryOperator<Container.Builder>) c -> c
            .livenessProbe(Probe.builder().port("80").successThreshold(2).build())
            .startupProbe(Probe.builder().port("80").successThreshold(3).build())
            .readinessProbe(Probe.builder().port("80").successThreshold(2).build()),
            List.of("probe.success-threshold @ sidecars.envoy.livenessProbe.successThreshold",
                "probe.success-threshold @ sidecars.envoy.startupProbe.successThreshold")),
        Arguments.of("a success threshold of 1", (UnaryOperator<Container.Builder>) c -> c
            .livenessProbe(Probe.builder().port("80").successThreshold(1).build()), List.of()),
        Arguments.of("a negative health check", (UnaryOperator<Container.Builder>) c -> c
            .healthCheck(HealthCheck.builder().interval(negative).timeout(negative).startPeriod(negative).retries(-1)
                .build()),
            List.of("probe.range @ sidecars.envoy.healthCheck.interval", "probe.range @ sidecars.envoy.healthCheck.retries",
                "probe.range @ sidecars.envoy.healthCheck.startPeriod", "probe.range @ sidecars.envoy.healthCheck.timeout")),
        Arguments.of("no retries is fine", (UnaryOperator<Container.Builder>) c -> c
            .healthCheck(HealthCheck.builder().retries(0).build()), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theFindingsAreExactlyThese(String name, UnaryOperator<Container.Builder> change, List<String> expected) {
    assertThat(findings(change)).isEqualTo(expected.stream().sorted().collect(Collectors.toList()));
  }
}
