package dev.sidecars.k8s.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;
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
  }

  /** Whatever the text, its label is a DNS-1123 label, and a label is its own label. */
  @Test
  void everyTextBecomesALabel() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 90)).checkAssert(text -> {
      String label = Names.label(text);
      assertThat(label).as(text).matches(DNS_LABEL);
      assertThat(Names.label(label)).isEqualTo(label);
    });
  }

  private static final String DNS_LABEL = "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?";
}
