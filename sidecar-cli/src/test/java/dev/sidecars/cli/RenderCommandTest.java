package dev.sidecars.cli;

import static dev.sidecars.cli.Cli.conformance;
import static dev.sidecars.cli.Cli.example;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.ecs.RegistrationOracle;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class RenderCommandTest {
  private static final JsonMapper JSON = new JsonMapper();

  /**
   * Each Copilot fixture with what its deployment supplies (the pushed image, the S3 object of an
   * env file, the EFS id), and the containers of the template Copilot renders for it.
   */
  static Stream<Arguments> conformanceManifests() {
    return Stream.of(
        Arguments.of("svc-manifest.yml", List.of("--env", "prod", "--image", "fe=x/fe:cicdtest",
            "--env-file", "./logging.env=arn:aws:s3:::bucket/logging.env"), List.of("fe", "firelens_log_router", "nginx", "operation")),
        Arguments.of("job-manifest.yml", List.of("--env", "test", "--efs", "managedEFSVolume=fs-12345678"),
            List.of("job", "nginx")),
        Arguments.of("svc-nlb-manifest.yml", List.of("--env", "prod", "--image", "fe=x/fe:cicdtest"), List.of("fe", "nginx", "tls")),
        Arguments.of("backend/http-full-config-manifest.yml", List.of("--env", "my-env", "--image",
            "http-full-config=x/http:cicdtest"), List.of("http-full-config", "fluent-bit")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conformanceManifests")
  void everyConformanceManifestRendersCopilotsContainers(String manifest, List<String> options, List<String> containers) {
    List<String> args = new ArrayList<>(List.of("render", "--to", "ecs-cloudformation", "--var", "TAG=cicdtest"));
    args.addAll(options);
    args.add(conformance(manifest));
    Cli.Result result = Cli.run(args.toArray(new String[0]));
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode template = new YAMLMapper().readTree(result.out());
    JsonNode definitions = template.at("/Resources/TaskDefinition/Properties/ContainerDefinitions");
    List<String> names = new ArrayList<>();
    definitions.forEach(d -> names.add(d.get("Name").asString()));
    assertThat(names).containsExactlyInAnyOrderElementsOf(containers);
    // a built image is a template parameter whose default is the --image given
    definitions.forEach(d -> assertThat(d.get("Image").isObject()
        ? template.at("/Parameters/" + d.at("/Image/Ref").asString() + "/Default").asString()
        : d.get("Image").asString()).as(d.get("Name").asString()).isNotBlank());
  }

  @Test
  void whatADeploymentSuppliesIsNamedWithItsOption() {
    Cli.Result image = Cli.run("render", "--to", "ecs", "--env", "prod", "--var", "TAG=cicdtest", conformance("svc-nlb-manifest.yml"));
    assertThat(image.code()).isEqualTo(1);
    assertThat(image.oneClearLineOnStderr().err()).contains("main.image").endsWith("; pass --image fe=REFERENCE\n");
    // the template takes what the deployment supplies as parameters instead
    Cli.Result template = Cli.run("render", "--to", "ecs-cloudformation", "--env", "test", "--var", "TAG=cicdtest",
        conformance("job-manifest.yml"));
    assertThat(template.code()).as(template.err()).isZero();
    JsonNode parameters = new YAMLMapper().readTree(template.out()).get("Parameters");
    assertThat(parameters.has("FileSystemIdForManagedEFSVolume")).isTrue();
    assertThat(parameters.get("FileSystemIdForManagedEFSVolume").has("Default")).isFalse();
  }

  @Test
  void theApiDocumentMountsAManagedVolumeThroughTheAccessPointGiven(@TempDir Path dir) throws IOException {
    String manifest = Files.writeString(dir.resolve("manifest.yml"), String.join("\n",
        "name: worker", "type: Backend Service", "image:", "  location: example/worker:1", "storage:", "  volumes:",
        "    data:", "      path: /data", "      efs: true", "")).toString();
    Cli.Result fileSystemOnly = Cli.run("render", "--to", "ecs", "--efs", "data=fs-12345678", manifest);
    assertThat(fileSystemOnly.code()).isEqualTo(1);
    assertThat(fileSystemOnly.oneClearLineOnStderr().err()).endsWith("; pass --efs data=FILE_SYSTEM_ID:ACCESS_POINT_ID\n");

    Cli.Result both = Cli.run("render", "--to", "ecs", "--efs", "data=fs-12345678:fsap-0abc", manifest);
    assertThat(both.code()).as(both.err()).isZero();
    JsonNode volume = JSON.readTree(both.out()).at("/volumes/0/efsVolumeConfiguration");
    assertThat(volume.at("/fileSystemId").asString()).isEqualTo("fs-12345678");
    assertThat(volume.at("/authorizationConfig/accessPointId").asString()).isEqualTo("fsap-0abc");
    assertThat(volume.at("/authorizationConfig/iam").asString()).isEqualTo("ENABLED");
    assertThat(volume.at("/transitEncryption").asString()).isEqualTo("ENABLED");

    Cli.Result malformed = Cli.run("render", "--to", "ecs", "--efs", "data=fs-12345678:", manifest);
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.oneClearLineOnStderr().err()).contains("--efs data=fs-12345678:: expected VOLUME=FILE_SYSTEM_ID");
  }

  @Test
  void aScheduledJobRendersAsTheCronJobOfItsScheduleTimeoutAndRetries() throws Exception {
    Cli.Result result = Cli.run("render", "--to", "k8s", "--env", "test", "--var", "TAG=cicdtest",
        conformance("job-manifest.yml"));
    assertThat(result.code()).as(result.err()).isZero();
    List<JsonNode> documents = KubernetesDocuments.split(result.out());
    assertThat(KubernetesDocuments.checkedKinds(documents)).endsWith("CronJob");
    V1CronJob job = V1CronJob.fromJson(JSON.writeValueAsString(documents.get(documents.size() - 1)));
    assertThat(job.getSpec().getSchedule()).isEqualTo("0 12 * * MON");
    assertThat(job.getSpec().getJobTemplate().getSpec().getActiveDeadlineSeconds()).isEqualTo(3600L);
    assertThat(job.getSpec().getJobTemplate().getSpec().getBackoffLimit()).isEqualTo(3);
    assertThat(result.err()).doesNotContain("schedule");
  }

  @Test
  void theApiRequestAsksForTheDeploymentsRoleRegionAndAccount(@TempDir Path dir) throws Exception {
    Cli.Result noRole = Cli.run("render", "--to", "ecs", "--env", "prod", example("copilot/api/manifest.yml"));
    assertThat(noRole.code()).isEqualTo(1);
    assertThat(noRole.oneClearLineOnStderr().err()).contains("ECS needs the task's execution role to read the secrets "
        + "of otel").endsWith("; pass --execution-role-arn ARN\n");

    String manifest = Files.writeString(dir.resolve("manifest.yml"), String.join("\n", "name: api",
        "type: Backend Service", "image:", "  location: public.ecr.aws/example/api:1", "secrets:", "  DB:",
        "    secretsmanager: prod/db", "")).toString();
    String[] withRole = {"render", "--to", "ecs", "--execution-role-arn", ExamplesTest.EXECUTION_ROLE};
    Cli.Result noRegion = Cli.runIn(Map.of(), concat(withRole, manifest));
    assertThat(noRegion.oneClearLineOnStderr().err()).endsWith("; pass --region REGION and --account-id ACCOUNT\n");

    Cli.Result fromEnvironment = Cli.runIn(Map.of("AWS_DEFAULT_REGION", "eu-west-1", "AWS_REGION", "eu-central-1"),
        concat(withRole, "--account-id", "123456789012", "--task-role-arn", "arn:aws:iam::123456789012:role/api",
            manifest));
    assertThat(fromEnvironment.code()).as(fromEnvironment.err()).isZero();
    RegisterTaskDefinitionRequest request = RegistrationOracle.accept(fromEnvironment.out());
    assertThat(request.containerDefinitions().get(0).secrets().get(0).valueFrom())
        .isEqualTo("arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/db");
    assertThat(request.taskRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/api");

    Cli.Result given = Cli.runIn(Map.of("AWS_REGION", "eu-central-1"),
        concat(withRole, "--region", "us-east-2", "--account-id", "123456789012", manifest));
    assertThat(given.out()).contains("arn:aws:secretsmanager:us-east-2:123456789012:secret:prod/db");
  }

  private static String[] concat(String[] first, String... rest) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(rest));
    return all.toArray(new String[0]);
  }

  @Test
  void cloudFormationHasTheTaskDefinitionResource() {
    Cli.Result result = Cli.run("render", "--to", "ecs-cloudformation", "--env", "prod", example("copilot/api/manifest.yml"));
    assertThat(result.code()).as(result.err()).isZero();
    JsonNode template = new YAMLMapper().readTree(result.out());
    assertThat(template.at("/Resources/TaskDefinition/Type").asString()).isEqualTo("AWS::ECS::TaskDefinition");
    assertThat(template.at("/Resources/TaskDefinition/Properties/ContainerDefinitions").size()).isEqualTo(4);
  }

  @Test
  void kubernetesOptionsShapeTheOutput() throws Exception {
    Cli.Result classic = Cli.run("render", "--to", "k8s", "--k8s-version", "1.28", "--env", "prod",
        example("copilot/api/manifest.yml"));
    assertThat(classic.code()).as(classic.err()).isZero();
    JsonNode deployment = new YAMLMapper().readTree(classic.out());
    assertThat(deployment.at("/spec/template/spec/containers").size()).isEqualTo(3);
    assertThat(deployment.at("/spec/template/spec/initContainers").isMissingNode()).isTrue();

    Cli.Result cron = Cli.run("render", "--to", "k8s", "--k8s-kind", "cronjob", "--k8s-schedule", "0 3 * * *",
        "--k8s-sidecars", "native", example("mia/otel-collector.json"));
    assertThat(cron.code()).as(cron.err()).isZero();
    V1CronJob job = V1CronJob.fromJson(JSON.writeValueAsString(new YAMLMapper().readTree(cron.out())));
    assertThat(job.getSpec().getSchedule()).isEqualTo("0 3 * * *");
    V1PodSpec pod = job.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
    assertThat(pod.getContainers()).extracting(c -> c.getName()).containsExactly("otel-collector");

    Cli.Result podspec = Cli.run("render", "--to", "k8s", "--k8s-kind", "podspec", example("mia/otel-collector.json"));
    V1PodSpec bare = V1PodSpec.fromJson(JSON.writeValueAsString(new YAMLMapper().readTree(podspec.out())));
    assertThat(bare.getContainers()).hasSize(1);
  }

  @Test
  void anEmittersWarningHasItsCodeAndTheLineOfTheFieldItIsAbout(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("manifest.yml"), String.join("\n",
        "name: api", // 1
        "type: Backend Service", // 2
        "image:", // 3
        "  location: example/api:1.0", // 4
        "sidecars:", // 5
        "  logs:", // 6
        "    image: fluent/fluent-bit:3", // 7
        "    essential: false", // 8
        ""));
    Cli.Result result = Cli.run("render", "--to", "k8s", "--k8s-version", "1.34", file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.err()).isEqualTo(file + ":8:16: warning: sidecars.logs.essential: logs is not essential, which "
        + "Kubernetes cannot express; it is restarted like any container [k8s.not-essential]\n");
  }

  @Test
  void aWorkloadWithErrorsForTheTargetIsNotRendered(@TempDir Path dir) throws IOException {
    Path manifest = Files.writeString(dir.resolve("manifest.yml"), String.join("\n",
        "name: api", "type: Backend Service", "image:", "  location: example/api:1.0",
        "sidecars:", "  envoy:", "    image: envoyproxy/envoy:v1.31", "    depends_on:", "      ghost: start", ""));
    Cli.Result result = Cli.run("render", "--to", "k8s", manifest.toString());
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo(manifest + ":9:14: error: sidecars.envoy.depends_on.ghost: container ghost does not exist "
        + "[depends-on.unknown-container]\n1 errors, 0 warnings\n");
  }

  @Test
  void whatOnlyEcsExpressesStopsAnEcsRenderOnly(@TempDir Path dir) throws IOException {
    Path item = Files.writeString(dir.resolve("item.yaml"), String.join("\n",
        "name: Probe", "itemId: probe", "tenantId: acme", "description: a probe", "type: sidecar",
        "documentation: {type: externalLink, url: 'https://example.com/probe'}", "resources:", "  name: probe",
        "  dockerImage: example/probe:1", "  defaultProbes:", "    liveness:", "      path: /", "      port: '8080'", ""));
    Cli.Result ecs = Cli.run("render", "--to", "ecs", item.toString());
    assertThat(ecs.code()).isEqualTo(1);
    assertThat(ecs.err()).contains("livenessProbe").contains("[ecs.unsupported]").containsPattern("\n1 errors, \\d+ warnings\n$");
    Cli.Result k8s = Cli.run("render", "--to", "k8s", item.toString());
    assertThat(k8s.code()).as(k8s.err()).isZero();
    assertThat(k8s.out()).contains("livenessProbe:");
  }

  @Test
  void outputFileReceivesTheRenderAndStdoutStaysEmpty(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("task.json");
    Cli.Result result = Cli.run("render", "--to", "ecs", "-o", out.toString(), "--env", "prod",
        "--execution-role-arn", ExamplesTest.EXECUTION_ROLE, example("copilot/api/manifest.yml"));
    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(Cli.EXAMPLES.resolve("copilot/api/rendered/prod.ecs.json")));
  }

  @Test
  void aKubernetesVersionNoClusterHasIsAUsageError() {
    Cli.Result result = Cli.run("render", "--to", "k8s", "--k8s-version", "99999999999999.1", example("mia/otel-collector.json"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.oneClearLineOnStderr().err())
        .isEqualTo("sidecar render: unknown --k8s-version '99999999999999.1'; expected MAJOR.MINOR, for example 1.30.\n");
  }

  @Test
  void kubernetesOptionsWithAnotherTargetAreAUsageError() {
    Cli.Result result = Cli.run("render", "--to", "ecs", "--k8s-version", "1.30", example("copilot/api/manifest.yml"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.oneClearLineOnStderr().err()).isEqualTo("sidecar render: --k8s-version applies only to --to k8s.\n");
  }

  @Test
  void unknownChoicesNameTheValidOnes() {
    assertThat(Cli.run("render", "--to", "k8s", "--k8s-kind", "statefulset", example("mia/otel-collector.json"))
        .oneClearLineOnStderr().err())
        .isEqualTo("sidecar render: unknown --k8s-kind 'statefulset'; expected deployment, cronjob, job or podspec.\n");
    Cli.Result version = Cli.run("render", "--to", "k8s", "--k8s-version", "one", example("mia/otel-collector.json"));
    assertThat(version.code()).isEqualTo(2);
    assertThat(version.oneClearLineOnStderr().err())
        .isEqualTo("sidecar render: unknown --k8s-version 'one'; expected MAJOR.MINOR, for example 1.30.\n");
    assertThat(Cli.run("render", "--to", "k8s", "--k8s-version", "v1.31.2", example("mia/otel-collector.json")).code()).isZero();
  }

  @Test
  void anOverrideAddingASidecarWithoutImageIsAnErrorOnItsLine(@TempDir Path dir) throws IOException {
    Path manifest = Files.writeString(dir.resolve("manifest.yml"), String.join("\n",
        "name: api", "type: Backend Service", "image: {location: a}", "environments:", "  prod:", "    sidecars:",
        "      extra:", "        port: 80", ""));
    Cli.Result result = Cli.run("render", "--to", "k8s", "--env", "prod", manifest.toString());
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo(manifest + ":8:9: error: environments.prod.sidecars.extra: the container has no "
        + "image; give its location or a build [image.location-or-build]\n1 errors, 0 warnings\n");
  }

  @Test
  void aPatchIsNotAWorkload() {
    Cli.Result result = Cli.run("render", "--to", "k8s", example("native/otel-debug.patch.yaml"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.oneClearLineOnStderr().err()).contains("holds a ContainerPatch").contains("sidecar merge --patch");
  }

  @Test
  void aTemplateReferenceWithoutACatalogSaysWhatToPass() {
    Cli.Result result = Cli.run("render", "--to", "k8s", example("native/orders.yaml"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.oneClearLineOnStderr().err())
        .contains("orders.yaml:28:7").contains("acme/otel-collector@1.2.0").contains("no catalog was given");
    Cli.Result missing = Cli.run("render", "--to", "k8s", "--catalog", "no/such/dir", example("native/orders.yaml"));
    assertThat(missing.oneClearLineOnStderr().err()).contains("no/such/dir: is not a catalog directory");
  }

  @Test
  void aMiaPlaceholderWithoutAValueIsARenderWarning(@TempDir Path dir) throws IOException {
    Path item = Files.writeString(dir.resolve("item.yaml"), String.join("\n",
        "name: Logger", "itemId: logger", "tenantId: acme", "description: a logger", "type: sidecar",
        "documentation: {type: externalLink, url: 'https://example.com/logger'}", "resources:", "  name: logger",
        "  dockerImage: example/logger:1", "  defaultEnvironmentVariables:", "    - name: LOG_LEVEL",
        "      value: '{{LOG_LEVEL}}'", ""));
    Cli.Result without = Cli.run("render", "--to", "k8s", item.toString());
    assertThat(without.code()).as(without.err()).isZero();
    assertThat(without.err()).contains(item + ":12:14: warning: the placeholder {{LOG_LEVEL}} has no value, so it "
        + "stays as written; give it with --var LOG_LEVEL=VALUE").contains("[manifest.unresolved-placeholder]");
    Cli.Result with = Cli.run("render", "--to", "k8s", "--var", "LOG_LEVEL=info", item.toString());
    assertThat(with.err()).doesNotContain("placeholder");
    assertThat(with.out()).contains("value: info");
    assertThat(Cli.run("validate", item.toString()).out()).doesNotContain("placeholder");
  }
}
