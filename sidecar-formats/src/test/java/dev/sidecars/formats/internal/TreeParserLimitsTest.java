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
  void billionLaughsIsRejectedWhenItsAliasesStandForTooManyValues() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int level = 1; level <= 9; level++) {
      bomb.append("a").append(level).append(": &a").append(level).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (level - 1)))).append("]\n");
    }
    assertThatThrownBy(() -> parser.parse(bomb.toString(), ManifestFormat.YAML))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("limits.yml:5:")
        .hasMessageContaining("YAML aliases stand for more than " + TreeParser.MAX_ALIASED_VALUES + " values");
  }

  @Test
  void aliasesStandForTheAnchoredValue() {
    Node.MapNode map = (Node.MapNode) parser.parse(String.join("\n",
        "base: &image",
        "  location: nginx:1.27",
        "  port: 80",
        "sidecar: *image",
        "tags: &t [a, b]",
        "copy: *t",
        "name: &n web",
        "alias: *n"), ManifestFormat.YAML);
    Node.MapNode sidecar = (Node.MapNode) map.entries().get("sidecar").value();
    assertThat(((Node.ScalarNode) sidecar.entries().get("location").value()).text()).isEqualTo("nginx:1.27");
    assertThat(sidecar.entries().get("port").line()).isEqualTo(3);
    assertThat(((Node.ListNode) map.entries().get("copy").value()).items()).hasSize(2);
    assertThat(((Node.ScalarNode) map.entries().get("alias").value()).text()).isEqualTo("web");
  }

  @Test
  void mergeKeysAddTheKeysTheMapDoesNotSet() {
    Node.MapNode map = (Node.MapNode) parser.parse(String.join("\n",
        "common: &common",
        "  a: base-a",
        "  b: base-b",
        "other: &other",
        "  b: other-b",
        "  c: other-c",
        "one:",
        "  a: own-a",
        "  <<: *common",
        "many:",
        "  <<: [*other, *common]",
        "  d: own-d"), ManifestFormat.YAML);
    Node.MapNode one = (Node.MapNode) map.entries().get("one").value();
    assertThat(one.entries().keySet()).containsExactly("a", "b");
    assertThat(((Node.ScalarNode) one.entries().get("a").value()).text()).isEqualTo("own-a");
    Node.MapNode many = (Node.MapNode) map.entries().get("many").value();
    assertThat(many.entries().keySet()).containsExactly("d", "b", "c", "a");
    assertThat(((Node.ScalarNode) many.entries().get("b").value()).text()).isEqualTo("other-b");
  }

  @Test
  void anAliasWithoutAnAnchorOrAMergeOfAScalarIsAnError() {
    assertThatThrownBy(() -> parser.parse("a: *missing\n", ManifestFormat.YAML))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("limits.yml:1:4")
        .hasMessageContaining("the alias *missing names no anchor");
    assertThatThrownBy(() -> parser.parse("a: &s text\nb:\n  <<: *s\n", ManifestFormat.YAML))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("a merge key '<<' takes a map or a list of maps, got the string 'text'");
  }

  @Test
  void anAnchorCannotHoldItself() {
    assertThatThrownBy(() -> parser.parse("a: &a [1, *a]\n", ManifestFormat.YAML))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("the alias *a names no anchor defined before it");
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
