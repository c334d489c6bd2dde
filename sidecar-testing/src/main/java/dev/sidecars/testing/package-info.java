/**
 * AssertJ assertions for the tests of code that uses Sidecars: start from
 * {@link dev.sidecars.testing.SidecarAssertions#assertThat}, with a workload, an ECS task
 * definition, a Kubernetes result or a validation report.
 *
 * <pre>{@code
 * assertThat(workload).container("otel").dependsOn("envoy", HEALTHY);
 * assertThat(EcsEmitter.create().emit(workload)).routesLogsThroughFireLens().isRegistrable();
 * assertThat(KubernetesEmitter.create().emit(workload)).nativeSidecar("envoy").startsBefore("api");
 * assertThat(SidecarValidator.ecs().validate(workload)).hasNoErrors();
 * }</pre>
 *
 * <p>A failing assertion says what was expected, what was there, and where, in AssertJ's
 * words.
 */
package dev.sidecars.testing;
