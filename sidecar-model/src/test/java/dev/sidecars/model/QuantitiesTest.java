package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

  @ParameterizedTest(name = "{0} is {1} cores")
  @CsvSource({"500m, 0.5", "0.5, 0.5", "2, 2", "1500m, 1.5", "100m, 0.1", "1e3, 1000", "0, 0"})
  void cpuParsesKubernetesNotation(String text, String cores) {
    assertThat(Cpu.parse(text).cores()).isEqualByComparingTo(new BigDecimal(cores));
  }

  @Test
  void ecsUnitsAreExact() {
    assertThat(Cpu.ofEcsUnits(256)).isEqualTo(Cpu.parse("250m"));
    assertThat(Cpu.ofEcsUnits(1024)).isEqualTo(Cpu.parse("1"));
    assertThat(Cpu.ofEcsUnits(100).cores()).isEqualByComparingTo("0.09765625");
    assertThat(Cpu.parse("250m").ecsUnits(RoundingMode.UNNECESSARY)).isEqualTo(256);
  }

  @Test
  void cpuRoundsOnlyWhenAsked() {
    Cpu hundredMillis = Cpu.parse("100m");
    assertThat(hundredMillis.ecsUnits(RoundingMode.CEILING)).isEqualTo(103);
    assertThat(hundredMillis.ecsUnits(RoundingMode.FLOOR)).isEqualTo(102);
    assertThatThrownBy(() -> hundredMillis.ecsUnits(RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThat(Cpu.ofEcsUnits(100).millicores(RoundingMode.CEILING)).isEqualTo(98);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({"0.5, 500m", "2, 2", "2000m, 2", "0.25, 250m", "0.09765625, 0.09765625"})
  void cpuPrintsInKubernetesNotation(String text, String printed) {
    assertThat(Cpu.parse(text)).hasToString(printed);
  }

  @Test
  void suffixesAreCaseSensitive() {
    assertThat(Memory.parse("1M").bytes()).isEqualTo(1_000_000L);
    assertThat(Memory.parse("1Mi").bytes()).isEqualTo(1_048_576L);
    assertThatThrownBy(() -> Memory.parse("1mi"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("unknown suffix 'mi'");
    assertThatThrownBy(() -> Cpu.parse("1K")).hasMessageContaining("case-sensitive");
  }

  @ParameterizedTest(name = "{0} is {1} bytes")
  @CsvSource({"512Mi, 536870912", "1Gi, 1073741824", "1.5Gi, 1610612736", "1.5G, 1500000000",
      "128974848, 128974848", "129e6, 129000000", "0.5Ki, 512", "1k, 1000"})
  void memoryParsesKubernetesNotation(String text, long bytes) {
    assertThat(Memory.parse(text).bytes()).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({"512Mi, 512Mi", "1024Mi, 1Gi", "1500k, 1500k", "1.5Gi, 1536Mi", "1000, 1k",
      "1001, 1001", "0, 0"})
  void memoryPrintsWithTheLargestExactSuffix(String text, String printed) {
    assertThat(Memory.parse(text)).hasToString(printed);
  }

  @Test
  void memoryInMebibytes() {
    assertThat(Memory.ofMebibytes(512)).isEqualTo(Memory.parse("512Mi"));
    assertThat(Memory.parse("1G").mebibytes(RoundingMode.CEILING)).isEqualTo(954);
    assertThatThrownBy(() -> Memory.parse("1G").mebibytes(RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fractionalBytesAreRejected() {
    assertThatThrownBy(() -> Memory.parse("100m"))
        .isInstanceOf(ModelException.class)
        .hasMessageContaining("not a whole number of bytes");
  }

  @Test
  void garbageIsRejectedWithTheText() {
    assertThatThrownBy(() -> Cpu.parse("half")).hasMessageContaining("'half' is not a quantity");
    assertThatThrownBy(() -> Cpu.parse("-1")).hasMessageContaining("'-1' is not a quantity");
    assertThatThrownBy(() -> Cpu.ofMillicores(-1)).hasMessageContaining("must not be negative");
  }

  @Test
  void equalAmountsInDifferentNotationsAreEqual() {
    assertThat(Cpu.parse("0.5")).isEqualTo(Cpu.parse("500m")).hasSameHashCodeAs(Cpu.parse("500m"));
    assertThat(Memory.parse("1Gi")).isEqualTo(Memory.parse("1024Mi"));
    assertThat(Cpu.parse("1")).isGreaterThan(Cpu.parse("999m"));
  }
}
