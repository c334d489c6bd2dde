package dev.sidecars.model.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmitVocabularyTest {

  @Test
  void anEmitExceptionSaysPathThenProblemAndKeepsEachPart() {
    EmitException e = new EmitException("ecs", "ecs.unsupported", "sidecars.envoy.configMaps",
        "ECS has no ConfigMaps");
    assertThat(e).hasMessage("sidecars.envoy.configMaps: ECS has no ConfigMaps");
    assertThat(e.target()).isEqualTo("ecs");
    assertThat(e.code()).isEqualTo("ecs.unsupported");
    assertThat(e.path()).isEqualTo("sidecars.envoy.configMaps");
    assertThat(e.problem()).isEqualTo("ECS has no ConfigMaps");
  }

  @Test
  void anEmitExceptionAboutTheWholeWorkloadHasNoPathInItsMessage() {
    assertThat(new EmitException("k8s", "k8s.unsupported", "", "no containers")).hasMessage("no containers");
  }

  @Test
  void anEmitExceptionEscapesWhatAValueCouldForge() {
    EmitException e = new EmitException("k8s", "k8s.unsupported", "sidecars.a\nb.image", "no image\r\u001b[2J");
    assertThat(e.getMessage()).doesNotContain("\n", "\r", "\u001b")
        .isEqualTo("sidecars.a\\u000ab.image: no image\\u000d\\u001b[2J");
    assertThat(e.problem()).isEqualTo("no image\\u000d\\u001b[2J");
  }

  @Test
  void aWarningIsAValueWithItsPartsAndPrintsAsAFinding() {
    EmitWarning warning = EmitWarning.of("k8s.not-essential", "sidecars.logs.essential", "logs is not essential");
    assertThat(warning.code()).isEqualTo("k8s.not-essential");
    assertThat(warning.path()).isEqualTo("sidecars.logs.essential");
    assertThat(warning.message()).isEqualTo("logs is not essential");
    assertThat(warning).hasToString("sidecars.logs.essential: logs is not essential [k8s.not-essential]")
        .isEqualTo(EmitWarning.of("k8s.not-essential", "sidecars.logs.essential", "logs is not essential"))
        .hasSameHashCodeAs(EmitWarning.of("k8s.not-essential", "sidecars.logs.essential", "logs is not essential"))
        .isNotEqualTo(EmitWarning.of("k8s.renamed", "sidecars.logs.essential", "logs is not essential"))
        .isNotEqualTo(EmitWarning.of("k8s.not-essential", "main.essential", "logs is not essential"))
        .isNotEqualTo(EmitWarning.of("k8s.not-essential", "sidecars.logs.essential", "other"));
    assertThat(EmitWarning.of("k8s.not-emitted", "", "FireLens\nforged")).hasToString("FireLens\\u000aforged [k8s.not-emitted]");
  }
}
