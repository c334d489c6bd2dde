package dev.sidecars.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.EditedDocument;
import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFormat;
import dev.sidecars.formats.ManifestWarning;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line editing both injectors share: lines, the extent of blocks, marked blocks and their removal. */
class YamlLinesTest {
  private static Node.Entry entry(String yaml, String key) {
    return ((Node.MapNode) new TreeParser("t.yaml").parse(yaml, ManifestFormat.YAML)).entries().get(key);
  }

  @Test
  void linesKeepTheirTerminatorsAndTheLastMayHaveNone() {
    assertThat(YamlLines.of("a\nb\r\nc")).containsExactly("a\n", "b\r\n", "c");
    assertThat(YamlLines.of("a\n")).containsExactly("a\n");
    assertThat(YamlLines.of("")).isEmpty();
    assertThat(YamlLines.terminator("b\r\n")).isEqualTo("\r\n");
    assertThat(YamlLines.terminator("a\n")).isEqualTo("\n");
    assertThat(YamlLines.terminator("c")).isEmpty();
    assertThat(YamlLines.strip("b\r\n")).isEqualTo("b");
    assertThat(YamlLines.strip("c")).isEqualTo("c");
    assertThat(YamlLines.indent("    x: 1\n")).isEqualTo(4);
    assertThat(YamlLines.indent("x")).isZero();
    assertThat(YamlLines.indent("   ")).isEqualTo(3);
    assertThat(YamlLines.newline(YamlLines.of("a\r\nb\n"))).isEqualTo("\r\n");
    assertThat(YamlLines.newline(YamlLines.of("a"))).isEqualTo("\n");
  }

  @Test
  void aBlockEndsAtItsLastDeeperLineOrIndentlessItemPastCommentsAndBlankLines() {
    List<String> lines = YamlLines.of("a:\n  b: 1\n\n  # note\n  c: 2\nd:\n- x\n- y\n# end\ne: 3\n");
    assertThat(YamlLines.blockEnd(lines, 0, 0)).isEqualTo(4);
    assertThat(YamlLines.blockEnd(lines, 5, 0)).isEqualTo(7);
    assertThat(YamlLines.blockEnd(lines, 9, 0)).isEqualTo(9);
    List<String> items = YamlLines.of("l:\n  - a: 1\n    b: 2\n\n  - c: 3\n    d: 4\nz: 1\n");
    assertThat(YamlLines.itemEnd(items, 1, 2)).isEqualTo(2);
    assertThat(YamlLines.itemEnd(items, 4, 2)).isEqualTo(5);
  }

  @Test
  void aListMustBeBlockStyleAndItsDashesAreFound() {
    String yaml = "l:\n    - a\n    - b\nf: [a, b]\ne: []\nm:\n  k: v\n";
    List<String> lines = YamlLines.of(yaml);
    Node.Entry block = entry(yaml, "l");
    YamlLines.requireBlockList(lines, "t.yaml", block, "l");
    assertThat(YamlLines.dashIndent(lines, block, 0)).isEqualTo(4);
    assertThat(YamlLines.dashIndent(lines, entry(yaml, "e"), 0)).isEqualTo(2);
    for (String key : new String[] {"f", "m"}) {
      assertThatThrownBy(() -> YamlLines.requireBlockList(lines, "t.yaml", entry(yaml, key), key))
          .isInstanceOf(ManifestException.class).hasMessageContaining("is not a block-style list");
    }
    String indented = "  l:\n  - a\n";
    Node.MapNode nested = (Node.MapNode) new TreeParser("t").parse("x:\n" + indented, ManifestFormat.YAML);
    Node.Entry inner = ((Node.MapNode) nested.entries().get("x").value()).entries().get("l");
    assertThat(YamlLines.dashIndent(YamlLines.of("x:\n" + indented), inner, 2)).isEqualTo(2);
  }

  @Test
  void aBlockIsTheMarkerAndTheItemIndentedToTheDashes() {
    assertThat(YamlLines.block("# m", YamlLines.of("- a: 1\n\n  b: 2\n"), 4, "\r\n"))
        .containsExactly("    # m\r\n", "    - a: 1\r\n", "\r\n", "      b: 2\r\n");
  }

  @Test
  void removingTakesOutTheMarkedBlocksAndTheKeysInjectMadeOnce() {
    String original = "spec:\n  containers:\n  - name: web\n  restartPolicy: Always\n";
    String injected = "spec:\n  containers:\n  - name: web\n"
        + "  # sidecar inject: log x\n  - name: log\n    image: l\n"
        + "  initContainers: # sidecar inject: log\n  # sidecar inject: log volume v x\n  - name: v\n"
        + "  env: # sidecar inject: log\n    A: b\n    C: d\n"
        + "  restartPolicy: Always\n";
    assertThat(YamlLines.removeMarked(injected, "log")).contains(original);
    assertThat(YamlLines.removeMarked(original, "log")).isEmpty();
    // another sidecar's blocks, and one whose name starts the same, stay
    assertThat(YamlLines.removeMarked(injected, "lo")).isEmpty();
    // a list key inject made keeps what someone added to it since
    String added = injected.replace("  - name: v\n", "  - name: v\n  - name: theirs\n");
    assertThat(YamlLines.removeMarked(added, "log")).contains("spec:\n  containers:\n  - name: web\n"
        + "  initContainers: # sidecar inject: log\n  - name: theirs\n  restartPolicy: Always\n");
  }

  @Test
  void aMarkedDocumentComesOutWithItsSeparatorBeforeOrAfterIt() {
    String doc = "kind: Deployment\n";
    String after = doc + "---\n# sidecar inject: log configmap c x\nkind: ConfigMap\ndata: {}\n";
    assertThat(YamlLines.removeMarked(after, "log")).contains(doc);
    String before = "# sidecar inject: log configmap c x\nkind: ConfigMap\n---\nkind: Deployment";
    assertThat(YamlLines.removeMarked(before, "log")).contains("kind: Deployment");
    String middle = doc + "---\n# sidecar inject: log configmap c x\nkind: ConfigMap\n---\nkind: Service\n";
    assertThat(YamlLines.removeMarked(middle, "log")).contains(doc + "---\nkind: Service\n");
    // an item marker at column 0 is an item, not a document
    String list = "l:\n- a\n# sidecar inject: log x\n- log\nz: 1\n";
    assertThat(YamlLines.removeMarked(list, "log")).contains("l:\n- a\nz: 1\n");
  }

  @Test
  void editsAreMadeInOnePassInTheOrderOfTheirLinesAndAtOneLineInTheOrderGiven() {
    List<String> lines = YamlLines.of("a\nb\nc\nd\n");
    assertThat(YamlLines.apply(lines, List.of(
        new YamlLines.Edit(3, 0, List.of("y\n")),
        new YamlLines.Edit(1, 1, List.of("B\n", "B2\n")),
        new YamlLines.Edit(3, 0, List.of("z\n")),
        new YamlLines.Edit(0, 0, List.of("x\n")))))
        .isEqualTo("x\na\nB\nB2\nc\ny\nz\nd\n");
    assertThat(YamlLines.apply(lines, List.of(new YamlLines.Edit(4, 0, List.of("e\n"))))).isEqualTo("a\nb\nc\nd\ne\n");
    assertThat(YamlLines.apply(lines, List.of())).isEqualTo("a\nb\nc\nd\n");
  }

  @Test
  void anEditedDocumentSaysWhatChangedAndKeepsItsWarnings() {
    List<ManifestWarning> warnings = new ArrayList<>(List.of(new ManifestWarning("t", 1, 1, "p", "m", "c")));
    EditedDocument edited = new EditedDocument("text", EditedDocument.Change.ADDED, warnings);
    warnings.clear();
    assertThat(edited.text()).isEqualTo("text");
    assertThat(edited.change()).isEqualTo(EditedDocument.Change.ADDED);
    assertThat(edited.warnings()).hasSize(1);
    assertThat(edited.toString()).isEqualTo("ADDED (4 characters)");
    for (EditedDocument.Change change : EditedDocument.Change.values()) {
      boolean changed = change == EditedDocument.Change.ADDED || change == EditedDocument.Change.UPDATED
          || change == EditedDocument.Change.REMOVED;
      assertThat(new EditedDocument("", change).changed()).as(change.name()).isEqualTo(changed);
      assertThat(new EditedDocument("", change).warnings()).isEmpty();
    }
  }

  @Test
  void everyDocumentOfAStreamIsParsedAndAJsonFileHoldsOne() {
    TreeParser parser = new TreeParser("t");
    List<Node> documents = parser.parseAll("a: 1\n---\n---\nb: 2\n", ManifestFormat.YAML);
    assertThat(documents).hasSize(2);
    assertThat(documents.get(1).line()).isEqualTo(4);
    assertThat(parser.parseAll("{\"a\": 1}", ManifestFormat.JSON)).hasSize(1);
    assertThat(parser.parseAll("", ManifestFormat.YAML)).isEmpty();
    assertThatThrownBy(() -> parser.parseAll("{\"a\": 1} {\"b\": 2}", ManifestFormat.JSON))
        .isInstanceOf(ManifestException.class).hasMessageContaining("a JSON file holds one document");
    assertThat(Node.string(1, 1, "x").isNull()).isFalse();
    assertThat(((Node.MapNode) parser.parse("a: null", ManifestFormat.YAML)).entries().get("a").value().isNull()).isTrue();
    assertThat(Node.list(1, 1, List.of()).isNull()).isFalse();
  }
}
