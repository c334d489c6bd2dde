package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;

/**
 * The API request is one ECS registers: what only a deployment knows (the execution role) is
 * asked for in one sentence, Fargate's task sizes are kept, and the registration oracle agrees.
 */
class RegistrationRulesTest {
  private static final String ROLE = "arn:aws:iam::123456789012:role/api-execution";

  private static Workload.Builder api() {
    return Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("api").image("example/api:1.0").build())
        .cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512));
  }

  private static Workload withMain(Container.Builder main) {
    return api().main(main.name("api").build()).build();
  }

  @Test
  void whatNeedsTheExecutionRoleIsNamedInOneSentence() throws Exception {
    Workload workload = api().main(Container.builder().name("api")
            .image("123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1").putSecret("DB", SecretRef.ssm("db"))
            .envFile("arn:aws:s3:::bucket/api.env").credentials("arn:aws:secretsmanager:us-east-1:1:secret:x").build())
        .build();
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(workload))
        .isInstanceOf(EcsEmitException.class)
        .hasMessage("executionRoleArn: ECS needs the task's execution role to read the secrets of api, the environment "
            + "file of api, the repository credentials of api, the private Amazon ECR image of api; give the emitter "
            + "its ARN (executionRoleArn)");
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(EcsEmitter.builder().validateFirst(false).executionRoleArn(ROLE)
        .taskRoleArn("arn:aws:iam::123456789012:role/api-task").build().toApiJson(workload));
    assertThat(request.executionRoleArn()).isEqualTo(ROLE);
    assertThat(request.taskRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/api-task");
  }

  @Test
  void theLogRoutersSecretsNeedItToo() throws Exception {
    Workload workload = api().logging(Logging.builder().putSecretOption("apikey", SecretRef.ssm("datadog")).build())
        .build();
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(workload))
        .hasMessageContaining("to read the log secretOptions;");
  }

  @Test
  void aPublicImageOnFargateOrAPrivateOneOnEc2NeedsNoRole() throws Exception {
    RegistrationOracle.accept(EcsEmitter.builder().validateFirst(false).build().toApiJson(api().build()));
    Workload ecr = withMain(Container.builder().image("123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1"));
    assertThat(EcsEmitter.builder().validateFirst(false).requiresCompatibility("EC2").build().apiTree(ecr)).doesNotContainKey("executionRoleArn");
  }

  @Test
  void fargateNeedsTheTaskSize() {
    Workload none = api().cpu(Optional.empty()).memory(Optional.empty()).build();
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(none))
        .isInstanceOf(EcsEmitException.class)
        .hasMessage("cpu: Fargate needs the task's cpu and memory; give the workload both, or register the task for "
            + "EC2 (requiresCompatibility)");
    Workload memoryOnly = api().cpu(Optional.empty()).build();
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(memoryOnly)).hasMessageStartingWith("cpu: Fargate needs");
    Workload cpuOnly = api().memory(Optional.empty()).build();
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(cpuOnly)).hasMessageStartingWith("memory: Fargate needs");
    assertThat(EcsEmitter.builder().validateFirst(false).requiresCompatibility("EC2").build().apiTree(none)).doesNotContainKey("cpu");
  }

  @ParameterizedTest(name = "{0} units with {1} MiB: {2}")
  @CsvSource({"256, 512, true", "256, 2048, true", "256, 1536, false", "512, 4096, true", "512, 5120, false",
      "1024, 3072, true", "4096, 30720, true", "4096, 31744, false", "8192, 20480, true", "8192, 18432, false",
      "16384, 40960, true", "16384, 36864, false", "100, 512, false", "2048, 2048, false"})
  void fargateTaskSizesAreFargatesPairs(long cpu, long memory, boolean offered) throws Exception {
    Workload workload = api().cpu(Cpu.ofEcsUnits(cpu)).memory(Memory.ofMebibytes(memory)).build();
    if (offered) {
      RegistrationOracle.accept(EcsEmitter.builder().validateFirst(false).build().toApiJson(workload));
    } else {
      assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(workload))
          .isInstanceOf(EcsEmitException.class)
          .hasMessageStartingWith("cpu: Fargate offers no task of " + cpu + " CPU units with " + memory + " MiB; ");
    }
  }

  @Test
  void anAccessPointIsMountedAtTheRoot() {
    Workload workload = api().addVolume(Volume.builder().name("data").path("/data")
        .efs(EfsVolume.builder().fileSystemId("fs-1").accessPointId("fsap-1").rootDirectory("/data").build()).build())
        .build();
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(workload))
        .isInstanceOf(EcsEmitException.class)
        .hasMessage("volumes[data].efs: ECS mounts an access point at its own root, so the root directory must be / or "
            + "absent, not /data");
  }

  @Test
  void theOracleRefusesWhatEcsRefuses() throws Exception {
    String good = EcsEmitter.builder().validateFirst(false).executionRoleArn(ROLE).build().toApiJson(api().main(Container.builder()
        .name("api").image("example/api:1.0").putSecret("DB", SecretRef.ssm("db")).build()).build());
    RegistrationOracle.accept(good);
    assertThatThrownBy(() -> RegistrationOracle.accept(good.replaceFirst("\"executionRoleArn\" : \"[^\"]*\",", "")))
        .isInstanceOf(AssertionError.class).hasMessageContaining("api has secrets but the task no execution role");
    assertThatThrownBy(() -> RegistrationOracle.accept(good.replace("\"memory\" : \"512\"", "\"memory\" : \"4096\"")))
        .hasMessageContaining("Fargate has no task of 256 CPU units with 4096 MiB");
    assertThatThrownBy(() -> RegistrationOracle.accept(good.replace("\"awsvpc\"", "\"bridge\"")))
        .hasMessageContaining("Fargate needs networkMode awsvpc");
    assertThatThrownBy(() -> RegistrationOracle.accept(good.replace("\"essential\" : true", "\"essential\" : false")))
        .hasMessageContaining("no essential container");
  }

  @Test
  void aNegativeHealthCheckIsNeverEmitted() {
    Workload workload = api().main(Container.builder().name("api").image("example/api:1.0")
        .healthCheck(dev.sidecars.model.HealthCheck.builder().addCommand("CMD", "true")
            .interval(java.time.Duration.ofSeconds(-10)).build()).build()).build();
    assertThatThrownBy(() -> EcsEmitter.builder().validateFirst(false).build().toApiJson(workload))
        .isInstanceOf(EcsEmitException.class)
        .hasMessage("main.healthCheck.interval: ECS takes no negative duration, and this is -10 seconds");
  }
}
