package dev.sidecars.ecs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.EditedDocument;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.Container;
import dev.sidecars.model.Mount;
import dev.sidecars.validation.InvalidWorkloadException;
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
  void whatWouldBreakTheTaskDefinitionIsRefused() {
    Container web = Container.builder().name("web").image("other").build();
    assertThatThrownBy(() -> EcsInjector.of(web, "x").inject(TASK, "task.json")).isInstanceOf(ManifestException.class)
        .hasMessage("task.json:4:5: containerDefinitions: already has a container named web that sidecar inject did not "
            + "add; remove it or inject under another name");
    Container mounting = LOGGER.toBuilder().addMount(Mount.of("logs", "/var/log", false)).build();
    assertThatThrownBy(() -> EcsInjector.of(mounting, "x").inject(TASK, "task.json")).isInstanceOf(ManifestException.class)
        .hasMessageContaining("has no volume logs, which the sidecar logger mounts");
    StringBuilder ten = new StringBuilder("{\"family\": \"full\", \"containerDefinitions\": [");
    for (int i = 0; i < 10; i++) {
      ten.append(i > 0 ? ", " : "").append("{\"name\": \"c").append(i).append("\", \"image\": \"busybox\"}");
    }
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject(ten.append("]}").toString(), "full.json"))
        .isInstanceOf(InvalidWorkloadException.class).hasMessageContaining("workload.container-limit");
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject("family: web\ncontainerDefinitions: []\n", "t.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("is not JSON");
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject("{\"family\": \"web\"}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("has no containerDefinitions list");
    assertThatThrownBy(() -> EcsInjector.of(LOGGER, "x").inject("{\"family\": \"web\", \"containerDefinitions\": []}", "t.json"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("needs its own container before a sidecar");
  }
}
