package dev.sidecars.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> LOGGING =
      List.of("image", "destination", "enableMetadata", "secretOptions", "configFilePath",
          "variables", "secrets", "envFile", "retention");

  @Test
  void prefixOfAKnownField() {
    assertThat(Suggestions.closest("configFile", LOGGING)).contains("configFilePath");
  }

  @Test
  void snakeCaseAndOtherCase() {
    assertThat(Suggestions.closest("env_file", LOGGING)).contains("envFile");
    assertThat(Suggestions.closest("EnableMetadata", LOGGING)).contains("enableMetadata");
  }

  @Test
  void typos() {
    assertThat(Suggestions.closest("nmae", List.of("name", "type"))).contains("name");
    assertThat(Suggestions.closest("secrts", LOGGING)).contains("secrets");
    assertThat(Suggestions.closest("destinaton", LOGGING)).contains("destination");
  }

  @Test
  void nothingCloseMeansNoGuess() {
    assertThat(Suggestions.closest("replicas", LOGGING)).isEmpty();
    assertThat(Suggestions.closest("x", LOGGING)).isEmpty();
  }
}
