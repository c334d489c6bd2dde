package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Small behaviours of the model's values that the other modules lean on, each pinned here. */
class ModelDetailsTest {

  @Test
  void aSourceMapFindsAPathOrItsNearestRecordedAncestor() {
    Origin sidecars = Origin.of("m.yml", 9, 1, "sidecars");
    Origin envoy = Origin.of("m.yml", 10, 3, "sidecars.envoy");
    Origin port = Origin.of("m.yml", 12, 11, "sidecars.envoy.ports[0]");
    SourceMap map = SourceMap.of(Map.of("sidecars", sidecars, "sidecars.envoy", envoy,
        "sidecars.envoy.ports[80/tcp]", port));
    assertThat(map.find("sidecars.envoy.ports[80/tcp]")).contains(port);
    assertThat(map.find("sidecars.envoy.image")).contains(envoy);
    assertThat(map.find("sidecars.envoy.ports[81/tcp]")).contains(envoy);
    assertThat(map.find("sidecars.nginx.image")).contains(sidecars);
    assertThat(map.find("main.image")).isEmpty();
    assertThat(map.find("")).isEmpty();
    assertThat(SourceMap.empty().find("sidecars")).isEmpty();
    assertThat(SourceMap.empty().origins()).isEmpty();
    assertThat(map.origins()).hasSize(3).containsEntry("sidecars", sidecars);
  }

  @Test
  void anOverlayReplacesTheBaseWhereItHasAnOrigin() {
    Origin base = Origin.of("m.yml", 3, 1, "image");
    Origin override = Origin.of("m.yml", 30, 5, "environments.prod.image");
    SourceMap root = SourceMap.of(Map.of("main.image", base, "main.name", Origin.of("m.yml", 1, 1, "name")));
    SourceMap prod = root.overlay(SourceMap.of(Map.of("main.image", override)));
    assertThat(prod.find("main.image")).contains(override);
    assertThat(prod.find("main.name")).map(Origin::line).contains(1);
    assertThat(root.find("main.image")).contains(base);
    assertThat(root.overlay(SourceMap.empty())).isEqualTo(root);
    assertThat(SourceMap.empty().overlay(root)).isEqualTo(root);
    assertThat(prod).isNotEqualTo(root).isEqualTo(root.overlay(SourceMap.of(Map.of("main.image", override))))
        .hasSameHashCodeAs(root.overlay(SourceMap.of(Map.of("main.image", override))));
    assertThat(root.toString()).contains("main.image").contains("m.yml:3:1");
  }

  @Test
  void loggingRoutesLogsWhenAnyFieldButRetentionIsSet() {
    assertThat(Logging.builder().build().routesLogs()).isFalse();
    assertThat(Logging.builder().retention(30).build().routesLogs()).isFalse();
    for (Logging logging : List.of(Logging.builder().image("fluent:1").build(),
        Logging.builder().putDestination("Name", "cloudwatch").build(),
        Logging.builder().enableMetadata(false).build(),
        Logging.builder().putSecretOption("apikey", SecretRef.ssm("/k")).build(),
        Logging.builder().configFilePath("/fluent.conf").build(),
        Logging.builder().putVariable("LEVEL", Variable.plain("info")).build(),
        Logging.builder().putSecret("TOKEN", SecretRef.ssm("/t")).build(),
        Logging.builder().envFile("log.env").build())) {
      assertThat(logging.routesLogs()).as(logging.toString()).isTrue();
    }
    assertThat(Logging.builder().build().isMetadataEnabled()).isTrue();
    assertThat(Logging.builder().enableMetadata(false).build().isMetadataEnabled()).isFalse();
  }

  @Test
  void theCatalogTakesTheHighestVersionBySemverRules() {
    Catalog catalog = Catalog.inMemory();
    for (String version : List.of("1.2.0", "1.10.0", "1.9.9", "1.10.0-rc.1", "1.10", "01.2.1")) {
      catalog.apply(SidecarTemplate.builder().tenantId("t").itemId("i").version(version).title("T")
          .defaults(Container.builder().name("c").image("c:" + version).build()).build());
    }
    // a leading zero is the same number (01.2.1 is 1.2.1); a pre-release comes before its release
    assertThat(catalog.resolve("t", "i").orElseThrow().version()).contains("1.10.0");
    assertThat(catalog.list()).extracting(t -> t.version().orElseThrow())
        .containsExactly("1.2.0", "01.2.1", "1.9.9", "1.10", "1.10.0-rc.1", "1.10.0");
  }

  @Test
  void preReleasesAndTheirPartsAreOrdered() {
    Catalog catalog = Catalog.inMemory();
    for (String version : List.of("2.0.0-beta", "2.0.0-alpha.10", "2.0.0-alpha.9", "2.0.0-alpha", "2.0.0-1",
        "2.0.0-alpha.beta")) {
      catalog.apply(SidecarTemplate.builder().tenantId("t").itemId("i").version(version).title("T")
          .defaults(Container.builder().name("c").image("c:1").build()).build());
    }
    assertThat(catalog.list()).extracting(t -> t.version().orElseThrow())
        .containsExactly("2.0.0-1", "2.0.0-alpha", "2.0.0-alpha.9", "2.0.0-alpha.10", "2.0.0-alpha.beta",
            "2.0.0-beta");
  }

  @Test
  void aPatchPrintsOnlyTheChangesItHasAndComparesByThem() {
    MapPatch<String> patch = MapPatch.<String>empty().upsert("team", "platform").remove("owner");
    assertThat(patch).hasToString("MapPatch{remove=[owner], upsert={team=platform}}");
    assertThat(MapPatch.<String>empty()).hasToString("MapPatch{}");
    assertThat(MapPatch.replaceWith(Map.of("a", "1"))).hasToString("MapPatch{replace={a=1}}");
    assertThat(patch).isEqualTo(MapPatch.<String>empty().upsert("team", "platform").remove("owner"))
        .hasSameHashCodeAs(MapPatch.<String>empty().upsert("team", "platform").remove("owner"))
        .isNotEqualTo(MapPatch.<String>empty().upsert("team", "platform"))
        .isNotEqualTo(MapPatch.<String>empty().remove("owner"))
        .isNotEqualTo(MapPatch.replaceWith(Map.of("team", "platform")))
        .isNotEqualTo(null)
        .isNotEqualTo(ListPatch.empty());
  }

  @Test
  void memoryComparesAndRoundsItsBytes() {
    assertThat(Memory.ofMebibytes(512)).isLessThan(Memory.ofGibibytes(1)).isEqualTo(Memory.parse("512Mi"))
        .hasSameHashCodeAs(Memory.parse("512Mi")).isNotEqualTo(Memory.ofMebibytes(513)).isNotEqualTo("512Mi");
    assertThat(Memory.ofMebibytes(1536).gibibytes(RoundingMode.CEILING)).isEqualTo(2);
    assertThat(Memory.ofMebibytes(1536).gibibytes(RoundingMode.FLOOR)).isEqualTo(1);
    assertThat(Memory.ofGibibytes(3).gibibytes(RoundingMode.UNNECESSARY)).isEqualTo(3);
    assertThat(Memory.ofBytes(1536L * 1024 * 1024)).hasToString("1536Mi");
    assertThat(Memory.ofBytes(1024L * 1024 * 1024 * 1024)).hasToString("1Ti");
    assertThat(Memory.ofBytes(1000)).hasToString("1k");
    assertThat(Memory.ofBytes(1023)).hasToString("1023");
  }

  @Test
  void variablesPrintTheirSource() {
    assertThat(Variable.plain("warn")).hasToString("warn");
    assertThat(Variable.imported("Stack:Db")).hasToString("from_cfn:Stack:Db");
    assertThat(Variable.fromConfigMap("settings", "level")).hasToString("configMap:settings/level");
    assertThat(Variable.fromField("metadata.name")).hasToString("field:metadata.name");
    assertThat(Variable.fromResource("api", "limits.cpu")).hasToString("field:limits.cpu@api");
    assertThat(Variable.fromResource("api", "limits.cpu").kind()).isEqualTo(Variable.fromField("x").kind());
  }

  @Test
  void anOverrideKeepsItsValueAsATreeOfPlainValues() {
    TaskDefinitionOverride override = TaskDefinitionOverride.of("ContainerDefinitions[0].Ulimits[-]",
        Map.of("Name", "nofile", "Soft", 1024, "Ratio", 0.5, "On", true, "List", List.of(1, "x")));
    assertThat(override.segments()).containsExactly("ContainerDefinitions[0]", "Ulimits[-]");
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) override.value();
    assertThat(tree).containsEntry("Name", "nofile").containsEntry("Soft", 1024L)
        .containsEntry("Ratio", new BigDecimal("0.5")).containsEntry("On", true)
        .containsEntry("List", List.of(1L, "x"));
    assertThat(override.toString()).startsWith("ContainerDefinitions[0].Ulimits[-] = ");
    assertThatThrownBy(() -> TaskDefinitionOverride.of("Cpu", Optional.of(1)))
        .isInstanceOf(ModelException.class).hasMessageContaining("holds a Optional");
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    assertThatThrownBy(() -> Container.builder().name("api").build())
        .isInstanceOf(ModelException.class)
        .satisfies(e -> assertThat(((ModelException) e).field()).isEqualTo("image"));
    assertThatThrownBy(() -> Container.builder().build())
        .satisfies(e -> assertThat(((ModelException) e).field()).isEqualTo("name, image"));
    ModelException named = new ModelException("ports", "bad\nport");
    assertThat(named.problem()).isEqualTo("bad\\u000aport");
    assertThat(named).hasMessage("ports: bad\\u000aport");
  }

  @Test
  void valuesPrintInTheUsersNotationAndKeyByWhatMakesThemOne() {
    assertThat(Mount.of("data", "/data")).hasToString("data:/data");
    assertThat(Mount.of("data", "/data", true)).hasToString("data:/data:ro");
    assertThat(Mount.of("data", "/data", false)).hasToString("data:/data:rw");
    assertThat(Mount.of("data", "/data").key()).isEqualTo("/data");
    assertThat(SecretMount.of("certs", "/etc/certs")).hasToString("certs -> /etc/certs");
    assertThat(SecretMount.of("certs", "/etc/certs").key()).isEqualTo("certs");
    assertThat(SecretRef.ssm("/db")).hasToString("ssm:/db");
    assertThat(SecretRef.secretsManager("db")).hasToString("secretsmanager:db");
    assertThat(SecretRef.imported("Stack:Db")).hasToString("from_cfn:Stack:Db");
    assertThat(SecretRef.kubernetes("db", "password")).hasToString("secret:db/password");
    assertThat(Image.of("nginx:1.27")).hasToString("nginx:1.27");
    assertThat(Image.fromDockerfile("Dockerfile").toString()).startsWith("Image{location=-, build=");
    assertThat(Image.of(Optional.of("nginx"), Optional.of(Build.dockerfile("D"))).toString())
        .startsWith("Image{location=nginx, build=");
    assertThat(WorkloadType.LOAD_BALANCED_WEB_SERVICE).hasToString("load-balanced-web-service");
    assertThat(WorkloadType.LOAD_BALANCED_WEB_SERVICE.id()).isEqualTo("load-balanced-web-service");
    assertThat(WorkloadType.LOAD_BALANCED_WEB_SERVICE.copilotName()).isEqualTo("Load Balanced Web Service");
    assertThat(Tracing.parse("AWSXRAY")).isEqualTo(Tracing.AWS_XRAY).hasToString("awsxray");
    assertThatThrownBy(() -> Tracing.parse("zipkin")).isInstanceOf(ModelException.class);
    ConfigMap settings = ConfigMap.builder().name("settings").mountPath("/etc/app").build();
    assertThat(settings.key()).isEqualTo("settings");
    assertThat(settings.isPreserveDirectory()).isFalse();
    assertThat(ConfigMap.builder().name("s").mountPath("/e").preserveDirectory(true).build().isPreserveDirectory()).isTrue();
    Volume data = Volume.builder().name("data").build();
    assertThat(data.key()).isEqualTo("data");
    // Copilot mounts a volume in the main container read-only unless told otherwise
    assertThat(data.isReadOnly()).isTrue();
    assertThat(Volume.builder().name("data").readOnly(false).build().isReadOnly()).isFalse();
  }

  @Test
  void equalValuesHaveEqualHashCodesAndOtherValuesOthers() {
    assertThat(Cpu.ofEcsUnits(256)).isEqualTo(Cpu.parseKubernetes("0.25")).hasSameHashCodeAs(Cpu.parseKubernetes("0.25"))
        .isNotEqualTo(Cpu.ofEcsUnits(512)).isNotEqualTo("256");
    assertThat(Cpu.ofEcsUnits(256).hashCode()).isNotEqualTo(Cpu.ofEcsUnits(512).hashCode());
    assertThat(Memory.ofMebibytes(512).hashCode()).isNotEqualTo(Memory.ofMebibytes(1024).hashCode());
    SourceMap one = SourceMap.of(Map.of("main", Origin.of("a.yml", 1, 1, "main")));
    assertThat(one.hashCode()).isEqualTo(SourceMap.of(Map.of("main", Origin.of("a.yml", 1, 1, "main"))).hashCode())
        .isNotEqualTo(SourceMap.empty().hashCode());
    assertThat(MapPatch.<String>empty().upsert("a", "1").hashCode())
        .isNotEqualTo(MapPatch.<String>empty().upsert("b", "1").hashCode());
    assertThat(dev.sidecars.model.spi.EmitWarning.of("c", "p", "m").hashCode())
        .isNotEqualTo(dev.sidecars.model.spi.EmitWarning.of("c", "p", "n").hashCode());
    assertThat(dev.sidecars.model.spi.EmitSettings.builder().region("a").build().hashCode())
        .isNotEqualTo(dev.sidecars.model.spi.EmitSettings.builder().region("b").build().hashCode());
    assertThat(dev.sidecars.model.spi.EmitSettings.none().validateFirst()).isTrue();
  }
}
