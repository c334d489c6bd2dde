package dev.sidecars.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import org.junit.jupiter.api.Test;

class TreeParserLimitsTest {
  private final TreeParser parser = new TreeParser("limits.yml");

  @Test
  void nestingBeyondTheLimitIsRejected() {
    String deep = "[".repeat(TreeParser.MAX_DEPTH + 5) + "]".repeat(TreeParser.MAX_DEPTH + 5);
    for (ManifestFormat format : ManifestFormat.values()) {
      assertThatThrownBy(() -> parser.parse(deep, format))
          .isInstanceOf(ManifestException.class)
          .hasMessageContaining("limits.yml:1:")
          .hasMessageContaining("nesting");
    }
  }

  @Test
  void nestingAtTheLimitIsRead() {
    String deep = "[".repeat(TreeParser.MAX_DEPTH - 1) + "]".repeat(TreeParser.MAX_DEPTH - 1);
    assertThat(parser.parse(deep, ManifestFormat.YAML)).isInstanceOf(Node.ListNode.class);
  }

  @Test
  void oversizedDocumentIsRejectedBeforeParsing() {
    String huge = "a: " + "x".repeat(TreeParser.MAX_DOCUMENT_CHARS);
    assertThatThrownBy(() -> parser.parse(huge, ManifestFormat.YAML))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("larger than " + TreeParser.MAX_DOCUMENT_CHARS);
  }

  @Test
  void billionLaughsIsRejectedAtTheFirstAlias() {
    String bomb = String.join("\n",
        "a: &a [x, x, x, x, x, x, x, x, x]",
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]");
    assertThatThrownBy(() -> parser.parse(bomb, ManifestFormat.YAML))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("limits.yml:2:")
        .hasMessageContaining("YAML aliases (*a) are not supported");
  }

  @Test
  void scalarsKeepTheirTextAndLocation() {
    Node.MapNode map = (Node.MapNode) parser.parse("version: 1.10\nport: 0x1F\nname: 'x'\n", ManifestFormat.YAML);
    Node.ScalarNode version = (Node.ScalarNode) map.entries().get("version").value();
    assertThat(version.type()).isEqualTo(Node.ScalarNode.Type.DECIMAL);
    assertThat(version.text()).isEqualTo("1.10");
    Node.ScalarNode port = (Node.ScalarNode) map.entries().get("port").value();
    assertThat(port.text()).isEqualTo("0x1F");
    assertThat(map.entries().get("name").line()).isEqualTo(3);
    assertThat(map.entries().get("name").column()).isEqualTo(1);
    assertThat(map.entries().get("name").value().column()).isEqualTo(7);
  }

  @Test
  void surrogatePairsAcrossReadBuffersAreRead() {
    StringBuilder text = new StringBuilder("a: \"");
    text.append("x".repeat(1020)).append("😀".repeat(20)).append("\"\n");
    for (int shift = 0; shift < 4; shift++) {
      String doc = "#".repeat(shift) + "\n" + text;
      Node.MapNode map = (Node.MapNode) parser.parse(doc, ManifestFormat.YAML);
      assertThat(((Node.ScalarNode) map.entries().get("a").value()).text()).endsWith("😀😀");
    }
  }
}
