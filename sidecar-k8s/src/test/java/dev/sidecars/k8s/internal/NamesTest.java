package dev.sidecars.k8s.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "envoy, envoy",
      "firelens_log_router, firelens-log-router",
      "My Sidecar!, my-sidecar",
      "--a..b--, a-b",
      "/ssm/DB_PASSWORD, ssm-db-password",
      "___, x",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_b, aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
  })
  void labelFollowsTheDocumentedRule(String text, String label) {
    assertThat(Names.label(text)).isEqualTo(label);
    assertThat(label).matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
  }
}
