package dev.sidecars.model.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

  @Test
  void controlAndInvisibleCharactersAreEscapedAndTheRestIsKept() {
    assertThat(PrintableText.of("nginx:1.27")).isEqualTo("nginx:1.27");
    assertThat(PrintableText.of("a b, ünïcødé 😊")).isEqualTo("a b, ünïcødé 😊");
    assertThat(PrintableText.of("api\nfile.yml:1:1: error: forged")).isEqualTo("api\\u000afile.yml:1:1: error: forged");
    assertThat(PrintableText.of("\r\t\u001b[31mred")).isEqualTo("\\u000d\\u0009\\u001b[31mred");
    assertThat(PrintableText.of("zero\u200bwidth \u202eevil")).isEqualTo("zero\\u200bwidth \\u202eevil");
    assertThat(PrintableText.of(null)).isEqualTo("null");
  }

  @Test
  void escapingTwiceChangesNothing() {
    String once = PrintableText.of("a\nb\u001b");
    assertThat(PrintableText.of(once)).isSameAs(once);
  }
}
