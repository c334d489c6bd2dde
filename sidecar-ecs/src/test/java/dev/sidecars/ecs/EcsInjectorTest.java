package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.EditedDocument;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.Mount;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.validation.InvalidWorkloadException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the injector edits a task definition: where the sidecar goes, in which style, what it refuses. */
class EcsInjectorTest {
  private static final String TASK = String.join("\n",
      "{",
      "  \"family\": \"web\",",
      "  \"containerDefinitions\": [",
      "    {",
      "      \"name\": \"web\",",
      "      \"image\": \"nginx:1.27\"",
      "    }",
      "  ]",
      "}",
      "");
  private static final Container LOGGER = Container.builder().name("logger").image("fluent/fluent-bit:3.0")
      .essential(false).build();

  @Test
  void theSidecarIsAppendedInTheFilesStyle() {
    EditedDocument edited = EcsInjector.of(LOGGER, "acme/logger@1.0.0").inject(TASK, "task.json");
    assertThat(edited.change()).isEqualTo(EditedDocument.Change.ADDED);
    assertThat(edited.text()).isEqualTo(String.join("\n",
        "{",
        "  \"family\": \"web\",",
        "  \"containerDefinitions\": [",
        "    {",
        "      \"name\": \"web\",",
        "      \"image\": \"nginx:1.27\"",
        "    },",
        "    {",
        "      \"name\": \"logger\",",
        "      \"image\": \"fluent/fluent-bit:3.0\",",
        "      \"essential\": false,",
        "      \"dockerLabels\": {",
        "        \"dev.sidecars.inject\": \"acme/logger@1.0.0\"",
        "      }",
        "    }",
        "  ]",
        "}",
        ""));
    assertThat(EcsInjector.remove(edited.text(), "task.json", "logger").text()).isEqualTo(TASK);
  }

  @Test
  void anotherIndentationAndSpacedColonsAreKept() {
    String spaced = "{\n    \"family\" : \"web\",\n    \"containerDefinitions\" : [ {\n        \"name\" : \"web\",\n"
        + "        \"image\" : \"nginx\"\n    } ]\n}\n";
    String edited = EcsInjector.of(LOGGER, "acme/logger@1.0.0").inject(spaced, "task.json").text();
    assertThat(edited).contains("    }, {\n        \"name\" : \"logger\",\n        \"image\" : \"fluent/fluent-bit:3.0\",\n");
    assertThat(EcsInjector.remove(edited, "task.json", "logger").text()).isEqualTo(spaced);
  }

  @Test
  void aNewerSidecarReplacesTheOneInjectedBefore() {
    String v1 = EcsInjector.of(LOGGER, "acme/logger@1.0.0").inject(TASK, "task.json").text();
    Container newer = LOGGER.toBuilder().image("fluent/fluent-bit:3.1").build();
    EditedDocument v2 = EcsInjector.of(newer, "acme/logger@1.1.0").inject(v1, "task.json");
    assertThat(v2.change()).isEqualTo(EditedDocument.Change.UPDATED);
    assertThat(v2.text()).isEqualTo(v1.replace("acme/logger@1.0.0", "acme/logger@1.1.0").replace("3.0", "3.1"));
    assertThat(EcsInjector.remove(v2.text(), "task.json", "logger").text()).isEqualTo(TASK);
    assertThat(EcsInjector.remove(TASK, "task.json", "logger").change()).isEqualTo(EditedDocument.Change.ABSENT);
  }

  @Test
  void aYamlTaskDefinitionGetsAMarkedItemInItsIndentation() {
    String yaml = "family: web\ncontainerDefinitions:\n    - name: web\n      image: nginx:1.27\n# the end\n";
    EditedDocument edited = EcsInjector.of(LOGGER, "acme/logger@1.0.0").inject(yaml, "task.yaml");
    assertThat(edited.text()).isEqualTo("family: web\ncontainerDefinitions:\n    - name: web\n      image: nginx:1.27\n"
        + "    # sidecar inject: logger acme/logger@1.0.0\n"
        + "    - name: logger\n"
        + "      image: fluent/fluent-bit:3.0\n"
        + "      essential: false\n"
        + "      dockerLabels:\n"
        + "        dev.sidecars.inject: acme/logger@1.0.0\n"
        + "# the end\n");
    assertThat(EcsInjector.remove(edited.text(), "task.yaml", "logger").text()).isEqualTo(yaml);
  }

  @Test
  void aJsonTemplateGetsTheDefinitionWithCloudFormationNames() {
    String template = "{\n  \"Resources\": {\n    \"Task\": {\n      \"Type\": \"AWS::ECS::TaskDefinition\",\n"
        + "      \"Properties\": {\n        \"Family\": \"web\",\n        \"RequiresCompatibilities\": [\"EC2\"],\n"
        + "        \"ContainerDefinitions\": [\n          {\"Name\": \"web\", \"Image\": {\"Ref\": \"Image\"}}\n"
        + "        ]\n      }\n    }\n  }\n}\n";
    EditedDocument edited = EcsInjector.of(LOGGER, "acme/logger@1.0.0").inject(template, "t.json");
    assertThat(edited.text()).contains("{\"Name\": \"web\", \"Image\": {\"Ref\": \"Image\"}},\n          {\n"
        + "            \"Name\": \"logger\",\n            \"Image\": \"fluent/fluent-bit:3.0\",\n"
        + "            \"Essential\": false,\n            \"DockerLabels\": {\n"
        + "              \"dev.sidecars.inject\": \"acme/logger@1.0.0\"\n            }\n          }\n        ]");
    EcsImport imported = EcsTaskDefinitionReader.create().read(edited.text(), "t.json");
    assertThat(imported.workload().container("logger")).isPresent();
    assertThat(EcsInjector.remove(edited.text(), "t.json", "logger").text()).isEqualTo(template);
  }

  private static final Container ROUTER = Container.builder().name("log-router").image("fluent/fluent-bit:3.0").build();
  private static final EcsInjector ROUTING = EcsInjector.of(ROUTER, "acme/router@1.0.0")
      .mainDependsOn(DependencyCondition.START).logRouter(Map.of("Name", "cloudwatch"));

  @Test
  void aLogRouterTheMainContainerWaitsForIsWiredInJson() {
    EditedDocument edited = ROUTING.inject(TASK, "task.json");
    assertThat(edited.change()).isEqualTo(EditedDocument.Change.ADDED);
    assertThat(edited.text()).isEqualTo(String.join("\n",
        "{",
        "  \"family\": \"web\",",
        "  \"containerDefinitions\": [",
        "    {",
        "      \"name\": \"web\",",
        "      \"image\": \"nginx:1.27\",",
        "      \"dependsOn\": [",
        "        {",
        "          \"containerName\": \"log-router\",",
        "          \"condition\": \"START\"",
        "        }",
        "      ],",
        "      \"logConfiguration\": {",
        "        \"logDriver\": \"awsfirelens\",",
        "        \"options\": {",
        "          \"Name\": \"cloudwatch\"",
        "        }",
        "      }",
        "    },",
        "    {",
        "      \"name\": \"log-router\",",
        "      \"image\": \"fluent/fluent-bit:3.0\",",
        "      \"essential\": true,",
        "      \"firelensConfiguration\": {",
        "        \"type\": \"fluentbit\",",
        "        \"options\": {",
        "          \"enable-ecs-log-metadata\": \"true\"",
        "        }",
        "      },",
        "      \"dockerLabels\": {",
        "        \"dev.sidecars.inject\": \"acme/router@1.0.0\"",
        "      }",
        "    }",
        "  ]",
        "}",
        ""));
    EcsImport imported = EcsTaskDefinitionReader.create().read(edited.text(), "task.json");
    // read back, the router is the workload's FireLens logging and the main container waits for it
    assertThat(imported.workload().logging().orElseThrow().destination()).isEqualTo(Map.of("Name", "cloudwatch"));
    assertThat(imported.workload().main().dependsOn()).isEqualTo(Map.of("firelens_log_router", DependencyCondition.START));
    assertThat(ROUTING.inject(edited.text(), "task.json").change()).isEqualTo(EditedDocument.Change.UNCHANGED);
    EditedDocument healthier = EcsInjector.of(ROUTER.toBuilder().healthCheck(dev.sidecars.model.HealthCheck.builder()
        .command(java.util.List.of("CMD", "true")).build()).build(), "acme/router@1.0.0")
        .mainDependsOn(DependencyCondition.HEALTHY).logRouter(Map.of("Name", "cloudwatch")).inject(edited.text(), "t.json");
    assertThat(healthier.change()).isEqualTo(EditedDocument.Change.UPDATED);
    assertThat(healthier.text()).contains("\"condition\": \"HEALTHY\"").doesNotContain("\"condition\": \"START\"");
    assertThat(EcsInjector.remove(healthier.text(), "task.json", "log-router").text()).isEqualTo(TASK);
    assertThat(EcsInjector.remove(edited.text(), "task.json", "log-router").text()).isEqualTo(TASK);
  }

  @Test
  void aLogRouterTheMainContainerWaitsForIsWiredInYamlUnderMarkers() {
    String yaml = "family: web\ncontainerDefinitions:\n  - name: web\n    image: nginx:1.27\n    essential: true\n";
    EditedDocument edited = ROUTING.inject(yaml, "task.yaml");
    assertThat(edited.text()).isEqualTo(yaml
        + "    dependsOn: # sidecar inject: log-router\n"
        + "      # sidecar inject: log-router dependency acme/router@1.0.0\n"
        + "      - containerName: log-router\n"
        + "        condition: START\n"
        + "    logConfiguration: # sidecar inject: log-router\n"
        + "      logDriver: awsfirelens\n"
        + "      options:\n"
        + "        Name: cloudwatch\n"
        + "  # sidecar inject: log-router acme/router@1.0.0\n"
        + "  - name: log-router\n"
        + "    image: fluent/fluent-bit:3.0\n"
        + "    essential: true\n"
        + "    firelensConfiguration:\n"
        + "      type: fluentbit\n"
        + "      options:\n"
        + "        enable-ecs-log-metadata: \"true\"\n"
        + "    dockerLabels:\n"
        + "      dev.sidecars.inject: acme/router@1.0.0\n");
    assertThat(ROUTING.inject(edited.text(), "task.yaml").change()).isEqualTo(EditedDocument.Change.UNCHANGED);
    EditedDocument other = EcsInjector.of(ROUTER, "acme/router@1.0.0").mainDependsOn(DependencyCondition.START)
        .logRouter(Map.of("Name", "s3")).inject(edited.text(), "task.yaml");
    assertThat(other.change()).isEqualTo(EditedDocument.Change.UPDATED);
    assertThat(other.text()).isEqualTo(edited.text().replace("Name: cloudwatch", "Name: s3"));
    assertThat(EcsInjector.remove(other.text(), "task.yaml", "log-router").text()).isEqualTo(yaml);
    // a main container with dependencies of its own gets one more, marked
    String waiting = yaml + "    dependsOn:\n      - containerName: init\n        condition: SUCCESS\n"
        + "  - name: init\n    image: busybox\n    essential: false\n";
    EditedDocument more = EcsInjector.of(ROUTER, "acme/router@1.0.0").mainDependsOn(DependencyCondition.START)
        .inject(waiting, "task.yaml");
    assertThat(more.text()).contains("        condition: SUCCESS\n"
        + "      # sidecar inject: log-router dependency acme/router@1.0.0\n"
        + "      - containerName: log-router\n"
        + "        condition: START\n"
        + "  - name: init\n");
    assertThat(EcsInjector.remove(more.text(), "task.yaml", "log-router").text()).isEqualTo(waiting);
  }

  @Test
  void aLogRouterIsRefusedBesideAnotherOrForAMainContainerThatLogsElsewhere() {
    String awslogs = TASK.replace("\"image\": \"nginx:1.27\"", "\"image\": \"nginx:1.27\",\n      \"logConfiguration\": "
        + "{\"logDriver\": \"awslogs\"}");
    assertThatThrownBy(() -> ROUTING.inject(awslogs, "task.json")).isInstanceOf(ManifestException.class)
        .hasMessage("task.json:7:7: logConfiguration: the main container web logs with awslogs; the log router "
            + "log-router routes a main container without a log configuration: take it out, then inject again");
    String routed = ROUTING.inject(TASK, "task.json").text();
    assertThatThrownBy(() -> EcsInjector.of(ROUTER.toBuilder().name("second").build(), "x")
        .logRouter(Map.of()).inject(routed, "task.json")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("already has the FireLens log router log-router; a task definition has one");
    // without the router, the same file takes a plain sidecar that the main container waits for
    assertThat(EcsInjector.of(LOGGER, "x").mainDependsOn(DependencyCondition.START).inject(awslogs, "task.json").text())
        .contains("\"containerName\": \"logger\"");
  }

  @Test
  void aSidecarThatMountsAVolumeOfTheTaskIsTaken() {
    String withVolume = TASK.replace("  \"family\": \"web\",", "  \"family\": \"web\",\n  \"volumes\": [{\"name\": \"other\"}, "
        + "{\"name\": \"logs\"}],");
    Container mounting = LOGGER.toBuilder().addMount(Mount.of("logs", "/var/log", false)).build();
    EditedDocument edited = EcsInjector.of(mounting, "x").inject(withVolume, "task.json");
    assertThat(edited.text()).contains("\"sourceVolume\": \"logs\"");
    String template = "Resources:\n  Task:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n      Family: web\n"
        + "      RequiresCompatibilities: [EC2]\n      Volumes:\n        - Name: logs\n      ContainerDefinitions:\n"
        + "        - Name: web\n          Image: nginx\n";
    assertThat(EcsInjector.of(mounting, "x").inject(template, "t.yml").text()).contains("SourceVolume: logs")
        .doesNotContain(LABEL_VOLUMES);
    // a volume the task lacks comes with the sidecar, in the task's list, marked
    String other = template.replace("Name: logs", "Name: other");
    EditedDocument added = EcsInjector.of(mounting, "acme/logger@1").inject(other, "t.yml");
    assertThat(added.text()).contains("      Volumes:\n        - Name: other\n"
        + "        # sidecar inject: logger volume logs acme/logger@1\n        - Name: logs\n      ContainerDefinitions:");
    assertThat(EcsInjector.remove(added.text(), "t.yml", "logger").text()).isEqualTo(other);
  }

  private static final String LABEL_VOLUMES = "dev.sidecars.inject.volumes";
  private static final Container MOUNTING = LOGGER.toBuilder().addMount(Mount.of("logs", "/var/log", false))
      .addMount(Mount.of("cache", "/cache", false)).build();

  @Test
  void theVolumesASidecarMountsComeWithItInJsonRecordedInItsLabel() {
    // no list: inject makes one, after the task's last key
    EditedDocument created = EcsInjector.of(MOUNTING, "x").inject(TASK, "task.json");
    assertThat(created.text()).endsWith("  ],\n  \"volumes\": [\n    {\n      \"name\": \"logs\"\n    },\n    {\n"
        + "      \"name\": \"cache\"\n    }\n  ]\n}\n");
    assertThat(created.text()).contains("\"" + LABEL_VOLUMES + "\": \"created:logs,cache\"");
    assertThat(EcsInjector.of(MOUNTING, "x").inject(created.text(), "task.json").change())
        .isEqualTo(EditedDocument.Change.UNCHANGED);
    assertThat(EcsInjector.remove(created.text(), "task.json", "logger").text()).isEqualTo(TASK);
    // an empty list: filled, and emptied again
    String empty = TASK.replace("  \"family\": \"web\",", "  \"family\": \"web\",\n  \"volumes\": [],");
    EditedDocument filled = EcsInjector.of(MOUNTING, "x").inject(empty, "task.json");
    assertThat(filled.text()).contains("  \"volumes\": [{\"name\": \"logs\"}, {\"name\": \"cache\"}],")
        .contains("\"filled:logs,cache\"");
    assertThat(EcsInjector.remove(filled.text(), "task.json", "logger").text()).isEqualTo(empty);
    // a list with items: appended, and only those taken out again; one the task has stays
    String some = TASK.replace("  \"family\": \"web\",", "  \"family\": \"web\",\n  \"volumes\": [{\"name\": \"cache\"}],");
    EditedDocument appended = EcsInjector.of(MOUNTING, "x").inject(some, "task.json");
    assertThat(appended.text()).contains("  \"volumes\": [{\"name\": \"cache\"}, {\n    \"name\": \"logs\"\n  }],")
        .contains("\"appended:logs\"");
    EcsImport imported = EcsTaskDefinitionReader.create().read(appended.text(), "task.json");
    assertThat(imported.workload().volumes()).extracting(v -> v.name()).containsExactly("cache", "logs");
    assertThat(EcsInjector.remove(appended.text(), "task.json", "logger").text()).isEqualTo(some);
  }

  @Test
  void theVolumesASidecarMountsComeWithItInYamlUnderMarkers() {
    String yaml = "family: web\ncontainerDefinitions:\n  - name: web\n    image: nginx\n";
    EditedDocument created = EcsInjector.of(MOUNTING, "acme/logger@1").inject(yaml, "t.yaml");
    assertThat(created.text()).startsWith(yaml + "  # sidecar inject: logger acme/logger@1\n  - name: logger\n")
        .endsWith("      dev.sidecars.inject.volumes: \"created:logs,cache\"\n"
        + "volumes: # sidecar inject: logger\n"
        + "  # sidecar inject: logger volume logs acme/logger@1\n  - name: logs\n"
        + "  # sidecar inject: logger volume cache acme/logger@1\n  - name: cache\n");
    assertThat(EcsTaskDefinitionReader.create().read(created.text(), "t.yaml").workload().volumes())
        .extracting(v -> v.name()).containsExactly("logs", "cache");
    assertThat(EcsInjector.of(MOUNTING, "acme/logger@1").inject(created.text(), "t.yaml").change())
        .isEqualTo(EditedDocument.Change.UNCHANGED);
    assertThat(EcsInjector.remove(created.text(), "t.yaml", "logger").text()).isEqualTo(yaml);
    assertThatThrownBy(() -> EcsInjector.of(MOUNTING, "x").inject(yaml + "volumes: []\n", "t.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("t.yaml:5:1: volumes: is an empty list written as "
            + "it is here; inject adds the volumes a sidecar mounts to a list with items, or makes the list: write it as a "
            + "block list or leave it out");
  }

  @Test
  void whatInjectRemovesComesOutWithItsSeparatorWhereverItIs() {
    // an injected container, the main container's dependency on it and its logging, each first where they are
    String task = String.join("\n",
        "{",
        "  \"containerDefinitions\": [",
        "    {\"name\": \"log-router\", \"image\": \"fluent-bit\", \"firelensConfiguration\": {\"type\": \"fluentbit\"},",
        "      \"dockerLabels\": {\"dev.sidecars.inject\": \"x\"}},",
        "    {",
        "      \"logConfiguration\": {\"logDriver\": \"awsfirelens\"},",
        "      \"name\": \"web\",",
        "      \"image\": \"nginx\",",
        "      \"dependsOn\": [{\"containerName\": \"log-router\", \"condition\": \"START\"}, "
            + "{\"containerName\": \"init\", \"condition\": \"SUCCESS\"}]",
        "    },",
        "    {\"name\": \"init\", \"image\": \"busybox\", \"essential\": false}",
        "  ],",
        "  \"family\": \"web\"",
        "}",
        "");
    assertThat(EcsInjector.remove(task, "task.json", "log-router").text()).isEqualTo(String.join("\n",
        "{",
        "  \"containerDefinitions\": [",
        "    {",
        "      \"name\": \"web\",",
        "      \"image\": \"nginx\",",
        "      \"dependsOn\": [{\"containerName\": \"init\", \"condition\": \"SUCCESS\"}]",
        "    },",
        "    {\"name\": \"init\", \"image\": \"busybox\", \"essential\": false}",
        "  ],",
        "  \"family\": \"web\"",
        "}",
        ""));
  }

  @Test
  void aKeyIsAddedAfterTheLastOneWhateverItsValueAndInTheFilesColons() {
    for (String last : new String[] {"\"cpu\": 10", "\"essential\": true", "\"user\": \"a\\\"b\"", "\"command\": [\"x\"]"}) {
      String task = "{\n  \"family\": \"web\",\n  \"containerDefinitions\": [\n    {\n      \"name\": \"web\",\n"
          + "      \"image\": \"nginx\",\n      " + last + "\n    }\n  ]\n}\n";
      String edited = EcsInjector.of(LOGGER, "x").mainDependsOn(DependencyCondition.START).inject(task, "t.json").text();
      assertThat(edited).as(last).contains("      " + last + ",\n      \"dependsOn\": [\n        {\n"
          + "          \"containerName\": \"logger\",\n          \"condition\": \"START\"\n        }\n      ]\n    },");
      assertThat(EcsInjector.remove(edited, "t.json", "logger").text()).isEqualTo(task);
    }
    String spaced = "{\n\t\"family\" : \"web\",\n\t\"containerDefinitions\" : [\n\t\t{\n\t\t\t\"name\" : \"web\",\n"
        + "\t\t\t\"image\" : \"nginx\"\n\t\t}\n\t]\n}\n";
    String edited = EcsInjector.of(LOGGER, "x").mainDependsOn(DependencyCondition.START).inject(spaced, "t.json").text();
    assertThat(edited).contains("\t\t\t\"image\" : \"nginx\",\n\t\t\t\"dependsOn\" : [\n\t\t\t\t{\n"
        + "\t\t\t\t\t\"containerName\" : \"logger\",\n");
    String oneLine = "{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"web\", \"image\": \"nginx\"}]}\n";
    String compact = EcsInjector.of(LOGGER, "x").mainDependsOn(DependencyCondition.START).inject(oneLine, "t.json").text();
    assertThat(compact).startsWith("{\"family\": \"web\", \"containerDefinitions\": [{\"name\": \"web\", "
        + "\"image\": \"nginx\", \"dependsOn\": [");
    assertThat(EcsInjector.remove(compact, "t.json", "logger").text()).isEqualTo(oneLine);
  }

  @Test
  void aYamlMainContainerGetsItsKeysAtItsOwnIndentation() {
    String yaml = "family: web\ncontainerDefinitions:\n    -   name: web\n        image: nginx\n        dependsOn:\n"
        + "          - containerName: init\n            condition: SUCCESS\n    -   name: init\n        image: busybox\n"
        + "        essential: false\n";
    EditedDocument edited = ROUTING.inject(yaml, "t.yaml");
    assertThat(edited.text()).isEqualTo("family: web\ncontainerDefinitions:\n    -   name: web\n        image: nginx\n"
        + "        dependsOn:\n          - containerName: init\n            condition: SUCCESS\n"
        + "          # sidecar inject: log-router dependency acme/router@1.0.0\n"
        + "          - containerName: log-router\n            condition: START\n"
        + "        logConfiguration: # sidecar inject: log-router\n          logDriver: awsfirelens\n          options:\n"
        + "            Name: cloudwatch\n"
        + "    -   name: init\n        image: busybox\n        essential: false\n"
        + "    # sidecar inject: log-router acme/router@1.0.0\n    - name: log-router\n"
        + "      image: fluent/fluent-bit:3.0\n      essential: true\n      firelensConfiguration:\n        type: fluentbit\n"
        + "        options:\n          enable-ecs-log-metadata: \"true\"\n      dockerLabels:\n"
        + "        dev.sidecars.inject: acme/router@1.0.0\n");
    EditedDocument healthy = EcsInjector.of(ROUTER, "acme/router@1.0.0").mainDependsOn(DependencyCondition.COMPLETE)
        .logRouter(Map.of("Name", "cloudwatch")).inject(edited.text(), "t.yaml");
    assertThat(healthy.change()).isEqualTo(EditedDocument.Change.UPDATED);
    assertThat(healthy.text()).isEqualTo(edited.text().replace("condition: START", "condition: COMPLETE"));
    assertThat(EcsInjector.remove(healthy.text(), "t.yaml", "log-router").text()).isEqualTo(yaml);
    String handWritten = yaml.replace("containerName: init", "containerName: log-router");
    assertThatThrownBy(() -> ROUTING.inject(handWritten, "t.yaml")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("already makes the main container wait for log-router");
  }

  @Test
  void aTemplateAttachesAsItAsks() {
    SidecarTemplate template = SidecarTemplate.builder().tenantId("acme").itemId("router").version("1.0.0")
        .title("Router").defaults(ROUTER).mainDependsOn(DependencyCondition.START).logRouter(Map.of("Name", "cloudwatch"))
        .build();
    assertThat(EcsInjector.of(template, ContainerPatch.empty()).inject(TASK, "task.json").text())
        .isEqualTo(ROUTING.inject(TASK, "task.json").text());
  }

  @Test
  void whatWouldBreakTheTaskDefinitionIsRefused() {
    Container web = Container.builder().name("web").image("other").build();
    assertThatThrownBy(() -> EcsInjector.of(web, "x").inject(TASK, "task.json")).isInstanceOf(ManifestException.class)
        .hasMessage("task.json:4:5: containerDefinitions: already has a container named web that sidecar inject did not "
            + "add; remove it or inject under another name");
    StringBuilder ten = new StringBuilder("{\"family\": \"full\", \"containerDefinitions\": [");
    for (int i = 0; i < 10; i++) {
      ten.append(i > 0 ? ", " : "").append("{\"name\": \"c").append(i).append("\", \"image\": \"busybox\"}");
    }
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject(ten.append("]}").toString(), "full.json"))
        .isInstanceOf(InvalidWorkloadException.class).hasMessageContaining("workload.container-limit");
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject("family: web\ncontainerDefinitions: []\n", "t.yaml"))
        .isInstanceOf(ManifestException.class).hasMessage("t.yaml:2:23: containerDefinitions: is not a list with the "
            + "task definition's own containers; a sidecar needs a container beside it");
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject("family: web\ncontainerDefinitions: [{name: a, image: "
        + "b}]\n", "t.yaml")).isInstanceOf(ManifestException.class).hasMessageContaining("t.yaml:2:1")
        .hasMessageContaining("is not a block-style list");
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject("{\"family\": \"web\"}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("is not an ECS task definition");
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject("{\"family\": \"web\", \"containerDefinitions\": []}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("a sidecar needs a container beside it");
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject("{\"family\": \"web\", \"containerDefinitions\": {}}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("t.json:1:43: containerDefinitions: is not a list");
  }
}
