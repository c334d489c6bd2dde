package dev.sidecars.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.ecs.EcsEmitException;
import dev.sidecars.ecs.RegistrationOracle;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.EfsVolume;
import dev.sidecars.model.Logging;
import dev.sidecars.model.Memory;
import dev.sidecars.model.SecretRef;
import dev.sidecars.model.Volume;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * The ECS validation profile and the API emitter agree, for workloads generated around what
 * ECS refuses at registration (task sizes, essential containers, the container count, EFS
 * access points): a workload without ECS errors emits a request that passes the AWS SDK's
 * model and the registration oracle, and one the emitter or the oracle refuses has an ECS
 * error. The emitter gets every deployment input, the execution role included, which
 * validation cannot know about.
 */
class EcsAgreementPropertiesTest {
  private static final EcsEmitter DEPLOYMENT = EcsEmitter.builder().region("eu-west-1").accountId("123456789012")
      .executionRoleArn("arn:aws:iam::123456789012:role/exec").build();
  private static final long[] CPUS = {0, 256, 512, 1024, 2048, 100};
  private static final long[] MEMORIES = {0, 512, 1024, 2048, 3072, 4096, 8192, 1536};

  private static int between(RandomnessSource in, int min, int max) {
    return integers().between(min, max).generate(in);
  }

  static Gen<Workload> workloads() {
    return in -> {
      int sidecars = between(in, 0, 10);
      List<Container> containers = new ArrayList<>();
      for (int i = 0; i <= sidecars; i++) {
        Container.Builder c = Container.builder().name(i == 0 ? "app" : "side" + i)
            .image(between(in, 0, 2) == 0 ? "123456789012.dkr.ecr.eu-west-1.amazonaws.com/c" + i + ":1" : "example/c" + i + ":1")
            .essential(between(in, 0, 4) != 0);
        if (between(in, 0, 3) == 0) {
          c.putSecret("TOKEN", between(in, 0, 1) == 0 ? SecretRef.ssm("/app/token") : SecretRef.secretsManager("app/token"));
        }
        if (between(in, 0, 4) == 0) {
          c.envFile("arn:aws:s3:::bucket/c" + i + ".env");
        }
        if (between(in, 0, 5) == 0) {
          c.credentials("arn:aws:secretsmanager:eu-west-1:123456789012:secret:registry");
        }
        containers.add(c.build());
      }
      Workload.Builder w = Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
          .main(containers.get(0)).addAllSidecars(containers.subList(1, containers.size()));
      long cpu = CPUS[between(in, 0, CPUS.length - 1)];
      long memory = MEMORIES[between(in, 0, MEMORIES.length - 1)];
      if (cpu > 0) {
        w.cpu(Cpu.ofEcsUnits(cpu));
      }
      if (memory > 0) {
        w.memory(Memory.ofMebibytes(memory));
      }
      if (between(in, 0, 2) == 0) {
        w.logging(Logging.builder().putDestination("Name", "cloudwatch")
            .putSecretOption("apikey", SecretRef.ssm("/logs/key")).build());
      }
      if (between(in, 0, 1) == 0) {
        EfsVolume.Builder efs = EfsVolume.builder().fileSystemId("fs-12345678");
        if (between(in, 0, 1) == 0) {
          efs.accessPointId("fsap-12345678");
        }
        int root = between(in, 0, 2);
        if (root > 0) {
          efs.rootDirectory(root == 1 ? "/" : "/data");
        }
        if (between(in, 0, 1) == 0) {
          efs.iam(between(in, 0, 1) == 0);
        }
        w.addVolume(Volume.builder().name("data").path("/data").efs(efs.build()).build());
      }
      return w.build();
    };
  }

  @Test
  void validationAndTheApiEmitterAgree() {
    qt().withExamples(1000).forAll(workloads()).checkAssert(workload -> {
      ValidationReport report = SidecarValidator.ecs().validate(workload);
      String refusal = null;
      try {
        RegistrationOracle.accept(DEPLOYMENT.toApiJson(workload));
      } catch (EcsEmitException | AssertionError e) {
        refusal = e.getMessage();
      } catch (Exception e) {
        refusal = "the AWS SDK's model: " + e.getMessage();
      }
      if (report.isValid()) {
        assertThat(refusal).as("valid for ECS, yet refused: %s", workload).isNull();
      }
      if (refusal != null) {
        assertThat(report.isValid()).as("refused (%s), yet valid for ECS: %s", refusal, workload).isFalse();
      }
    });
  }
}
