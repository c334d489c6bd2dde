package dev.sidecars.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoDurationsTest {

  @ParameterizedTest(name = "{0} = {1} ms")
  @CsvSource({"10s, 10000", "1m30s, 90000", "1.5h, 5400000", "250ms, 250", "2m, 120000",
      "0s, 0", "0, 0", "1h1m1s, 3661000", ".5s, 500", "-5s, -5000", "+2m, 120000", "-1m30s, -90000"})
  void parsesGoNotation(String text, long millis) {
    assertThat(GoDurations.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @Test
  void parsesSubMillisecondUnits() {
    assertThat(GoDurations.parse("1500us")).isEqualTo(Duration.ofNanos(1_500_000));
    assertThat(GoDurations.parse("3µs")).isEqualTo(Duration.ofNanos(3_000));
    assertThat(GoDurations.parse("7ns")).isEqualTo(Duration.ofNanos(7));
  }

  @ParameterizedTest(name = "{1} ms formats as {0}")
  @CsvSource({"10s, 10000", "1m30s, 90000", "1h30m0s, 5400000", "250ms, 250", "0s, 0",
      "1.5s, 1500", "2m0s, 120000", "-2s, -2000", "-1h30m0s, -5400000"})
  void formatsLikeGo(String text, long millis) {
    assertThat(GoDurations.format(Duration.ofMillis(millis))).isEqualTo(text);
  }

  @Test
  void formatThenParseIsIdentity() {
    qt().forAll(longs().between(-10_000_000_000_000_000L, 10_000_000_000_000_000L))
        .checkAssert(nanos -> assertThat(GoDurations.parse(GoDurations.format(Duration.ofNanos(nanos))))
            .isEqualTo(Duration.ofNanos(nanos)));
  }

  @Test
  void rejectsWhatGoRejects() {
    assertThatThrownBy(() -> GoDurations.parse("10")).hasMessageContaining("'10' is not a duration");
    assertThatThrownBy(() -> GoDurations.parse("10 s")).hasMessageContaining("is not a duration");
    assertThatThrownBy(() -> GoDurations.parse("--5s")).hasMessageContaining("is not a duration");
    assertThatThrownBy(() -> GoDurations.parse("-")).hasMessageContaining("empty");
    assertThatThrownBy(() -> GoDurations.parse("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> GoDurations.parse("5d")).hasMessageContaining("is not a duration");
  }
}
