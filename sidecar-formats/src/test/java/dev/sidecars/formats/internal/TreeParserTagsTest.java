package dev.sidecars.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.formats.ManifestFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML application tags, as CloudFormation's short-form functions use them, stay on their nodes. */
class TreeParserTagsTest {
  private final TreeParser parser = new TreeParser("template.yml");

  private Node.MapNode parse(String yaml) {
    return (Node.MapNode) parser.parse(yaml, ManifestFormat.YAML);
  }

  @Test
  void aTaggedScalarIsAStringWithItsTag() {
    Node.MapNode map = parse("a: !Ref AWS::Region\nb: !Ref 5\n");
    Node.ScalarNode a = (Node.ScalarNode) map.entries().get("a").value();
    assertThat(a.tag()).contains("Ref");
    assertThat(a.text()).isEqualTo("AWS::Region");
    Node.ScalarNode b = (Node.ScalarNode) map.entries().get("b").value();
    assertThat(b.type()).isEqualTo(Node.ScalarNode.Type.STRING);
    assertThat(b.tag()).contains("Ref");
  }

  @Test
  void listsAndMapsKeepTheirTagsAndTheirItemsTheirOwn() {
    Node.MapNode map = parse("c: !If [HasFile, !Ref File, 3]\nd: !Base64\n  Fn::Sub: x\n");
    Node.ListNode c = (Node.ListNode) map.entries().get("c").value();
    assertThat(c.tag()).contains("If");
    assertThat(c.items().get(0).tag()).isEmpty();
    assertThat(c.items().get(1).tag()).contains("Ref");
    assertThat(c.items().get(2).tag()).isEmpty();
    Node.MapNode d = (Node.MapNode) map.entries().get("d").value();
    assertThat(d.tag()).contains("Base64");
    assertThat(d.entries().get("Fn::Sub").value().tag()).isEmpty();
  }

  @Test
  void yamlsOwnTagsAndUntaggedValuesHaveNone() {
    Node.MapNode map = parse("a: !!str 5\nb: ! 7\nc: plain\nd: [1]\n");
    for (String key : new String[] {"a", "b", "c", "d"}) {
      assertThat(map.entries().get(key).value().tag()).as(key).isEmpty();
    }
    assertThat(((Node.ScalarNode) map.entries().get("a").value()).type()).isEqualTo(Node.ScalarNode.Type.STRING);
  }

  @Test
  void jsonHasNoTags() {
    Node.MapNode map = (Node.MapNode) parser.parse("{\"a\": {\"Ref\": \"X\"}}", ManifestFormat.JSON);
    assertThat(map.entries().get("a").value().tag()).isEmpty();
  }

  @Test
  void nodesBuiltOutsideTheParserKeepTheirShape() {
    Node.MapNode map = Node.map(3, 4, java.util.List.of(Node.entry("k", 3, 4, Node.string(3, 7, "v")),
        Node.entry("l", 4, 4, Node.list(4, 7, java.util.List.of(Node.string(4, 8, "x"))))));
    assertThat(map.line()).isEqualTo(3);
    assertThat(map.column()).isEqualTo(4);
    assertThat(map.toPlain()).isEqualTo(java.util.Map.of("k", "v", "l", java.util.List.of("x")));
    assertThat(map.entries().get("l").value().line()).isEqualTo(4);
  }

  @Test
  void yamlsOtherSpellingsOfNullAreNullUnlessQuoted() {
    Node.MapNode map = parse("a: ~\nb: Null\nc: NULL\nd: '~'\ne: \"Null\"\nf: nil\ng: [~]\n");
    for (String key : new String[] {"a", "b", "c"}) {
      assertThat(map.entries().get(key).value().isNull()).as(key).isTrue();
    }
    for (String key : new String[] {"d", "e", "f"}) {
      assertThat(map.entries().get(key).value().isNull()).as(key).isFalse();
    }
    assertThat(((Node.ListNode) map.entries().get("g").value()).items().get(0).isNull()).isTrue();
    // columns count code points: a quoted value after an emoji is still quoted
    Node.MapNode emoji = parse("\ud83d\ude00\ud83d\ude00: \"Null\"\nb: [\ud83d\ude00, '~', ~]\n");
    assertThat(emoji.entries().get("\ud83d\ude00\ud83d\ude00").value().isNull()).isFalse();
    List<Node> items = ((Node.ListNode) emoji.entries().get("b").value()).items();
    assertThat(items.get(1).isNull()).isFalse();
    assertThat(items.get(2).isNull()).isTrue();
  }

  @Test
  void valuesAreWhatAJsonLibraryWrites() {
    Node.MapNode map = parse("a: 1\nb: 1.5\nc: True\nd: null\ne: x\nf: [12345678901234567890]\ng: 'FALSE'\n");
    java.util.Map<String, Object> expected = new java.util.LinkedHashMap<>();
    expected.put("a", 1L);
    expected.put("b", new java.math.BigDecimal("1.5"));
    expected.put("c", true);
    expected.put("d", null);
    expected.put("e", "x");
    expected.put("f", List.of(new java.math.BigDecimal("12345678901234567890")));
    expected.put("g", "FALSE");
    assertThat(map.toValues()).isEqualTo(expected);
  }

  @Test
  void aKeysScalarTextIsThereUnlessTaggedOrNoScalar() {
    Node.MapNode map = parse("a: x\nb: 5\nc: null\nd: !Ref X\ne: {k: v}\nf: [1]\n");
    assertThat(map.scalar("a")).contains("x");
    assertThat(map.scalar("b")).contains("5");
    assertThat(map.scalar("c")).contains("null");
    for (String key : new String[] {"d", "e", "f", "g"}) {
      assertThat(map.scalar(key)).as(key).isEmpty();
    }
  }
}
