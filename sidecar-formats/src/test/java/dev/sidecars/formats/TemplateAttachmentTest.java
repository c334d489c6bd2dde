package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.formats.mia.MiaItem;
import dev.sidecars.model.Container;
import dev.sidecars.model.DependencyCondition;
import dev.sidecars.model.SidecarTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a template says it attaches: the main container's dependency on it, and FireLens log routing. */
class TemplateAttachmentTest {
  private static final String HEAD = "apiVersion: sidecars.dev/v1alpha1\nkind: SidecarTemplate\ntenantId: acme\n"
      + "itemId: router\ntitle: Router\ndefaults:\n  name: router\n  image: fluent/fluent-bit:3.0\n";
  private final NativeManifest manifest = NativeManifest.create();

  @Test
  void bothAreReadAndWrittenBack() {
    String text = HEAD + "mainDependsOn: START\nlogRouter:\n  options:\n    Name: cloudwatch\n    region: eu-west-1\n";
    SidecarTemplate template = manifest.readTemplate(text, "router.yaml");
    assertThat(template.mainDependsOn()).contains(DependencyCondition.START);
    assertThat(template.logRouter().orElseThrow()).containsExactly(Map.entry("Name", "cloudwatch"),
        Map.entry("region", "eu-west-1"));
    assertThat(manifest.write(template, ManifestFormat.YAML)).endsWith("mainDependsOn: start\nlogRouter:\n  options:\n"
        + "    Name: cloudwatch\n    region: eu-west-1\n");
    SidecarTemplate bare = manifest.readTemplate(HEAD + "logRouter: {}\n", "router.yaml");
    assertThat(bare.logRouter()).contains(Map.of());
    assertThat(manifest.write(bare, ManifestFormat.YAML)).endsWith("logRouter: {}\n");
    assertThat(manifest.readTemplate(HEAD, "plain.yaml").logRouter()).isEmpty();
  }

  @Test
  void aWrongValueIsNamedAtItsLine() {
    assertThatThrownBy(() -> manifest.readTemplate(HEAD + "mainDependsOn: LATER\n", "t.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("t.yaml:9:16").hasMessageContaining("mainDependsOn");
    assertThatThrownBy(() -> manifest.readTemplate(HEAD + "logRouter:\n  option: {}\n", "t.yaml"))
        .isInstanceOf(ManifestException.class).hasMessageContaining("t.yaml:10:3").hasMessageContaining("option");
  }

  @Test
  void theOptionsAreTheTemplatesOwnInTheirOrder() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("z", "1");
    options.put("a", "2");
    SidecarTemplate template = SidecarTemplate.builder().tenantId("acme").itemId("router").title("Router")
        .defaults(Container.builder().name("router").image("fluent/fluent-bit:3.0").build()).logRouter(options).build();
    options.put("later", "3");
    assertThat(List.copyOf(template.logRouter().orElseThrow().keySet())).containsExactly("z", "a");
    assertThatThrownBy(() -> template.logRouter().orElseThrow().put("b", "4"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMiaPlatformItemHasNoPlaceForThem() {
    SidecarTemplate template = SidecarTemplate.builder().tenantId("acme").itemId("router").title("Router")
        .description("d").documentation(dev.sidecars.model.Documentation.of(dev.sidecars.model.Documentation.Type
            .EXTERNAL_LINK, "https://example.com"))
        .defaults(Container.builder().name("router").image("fluent/fluent-bit:3.0").build())
        .mainDependsOn(DependencyCondition.START).build();
    assertThatThrownBy(() -> MiaItem.of(template, ManifestFormat.YAML).write())
        .isInstanceOf(ManifestException.class).hasMessageContaining("mainDependsOn")
        .hasMessageContaining("has no place for how the sidecar attaches");
  }
}
