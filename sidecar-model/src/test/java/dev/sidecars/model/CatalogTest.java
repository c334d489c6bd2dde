package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Catalog.ApplyStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogTest {

  static SidecarTemplate template(String itemId, Optional<String> version, String image) {
    return SidecarTemplate.builder()
        .tenantId("my-tenant-id")
        .itemId(itemId)
        .version(version)
        .title("My sidecar")
        .defaults(Container.builder().name(itemId).image(image).build())
        .build();
  }

  @Test
  void aTemplateIsReferredToByTenantItemAndVersion() {
    assertThat(template("my-sidecar", Optional.of("1.2.0"), "x").reference()).isEqualTo("my-tenant-id/my-sidecar@1.2.0");
    assertThat(template("my-sidecar", Optional.empty(), "x").reference()).isEqualTo("my-tenant-id/my-sidecar");
  }

  @Test
  void applyAnswersCreatedUpdatedUnchanged() {
    Catalog catalog = Catalog.inMemory();
    assertThat(catalog.apply(template("my-sidecar", Optional.empty(), "ghcr.io/my-sidecar:1.0"))).isEqualTo(ApplyStatus.CREATED);
    assertThat(catalog.apply(template("my-sidecar", Optional.empty(), "ghcr.io/my-sidecar:1.0"))).isEqualTo(ApplyStatus.UNCHANGED);
    assertThat(catalog.apply(template("my-sidecar", Optional.empty(), "ghcr.io/my-sidecar:2.0"))).isEqualTo(ApplyStatus.UPDATED);
    assertThat(catalog.resolve("my-tenant-id", "my-sidecar").orElseThrow().defaults().image())
        .isEqualTo(Image.of("ghcr.io/my-sidecar:2.0"));
    assertThat(catalog.list()).hasSize(1);
  }

  @Test
  void latestIsTheHighestVersion() {
    Catalog catalog = Catalog.inMemory();
    for (String version : new String[] {"1.9.0", "1.10.0", "1.10.0-rc.1", "0.9.0"}) {
      catalog.apply(template("proxy", Optional.of(version), "proxy:" + version));
    }
    catalog.apply(template("proxy", Optional.empty(), "proxy:legacy"));
    assertThat(catalog.resolve("my-tenant-id", "proxy").orElseThrow().version()).contains("1.10.0");
    assertThat(catalog.resolve("my-tenant-id", "proxy", "1.9.0").orElseThrow().defaults().image())
        .isEqualTo(Image.of("proxy:1.9.0"));
    assertThat(catalog.list()).extracting(t -> t.version().orElse("-"))
        .containsExactly("-", "0.9.0", "1.9.0", "1.10.0-rc.1", "1.10.0");
  }

  @Test
  void unknownItemsResolveToNothing() {
    Catalog catalog = Catalog.inMemory();
    catalog.apply(template("a", Optional.of("1.0.0"), "a:1"));
    assertThat(catalog.resolve("my-tenant-id", "b")).isEmpty();
    assertThat(catalog.resolve("other-tenant", "a")).isEmpty();
    assertThat(catalog.resolve("my-tenant-id", "a", "2.0.0")).isEmpty();
  }

  @Test
  void tenantsAndItemsDoNotCollide() {
    Catalog catalog = Catalog.inMemory();
    SidecarTemplate one = SidecarTemplate.builder().tenantId("a").itemId("b-c").title("t")
        .defaults(Container.builder().name("x").image("x").build()).build();
    SidecarTemplate two = SidecarTemplate.builder().tenantId("a-b").itemId("c").title("t")
        .defaults(Container.builder().name("x").image("x").build()).build();
    assertThat(catalog.apply(one)).isEqualTo(ApplyStatus.CREATED);
    assertThat(catalog.apply(two)).isEqualTo(ApplyStatus.CREATED);
  }
}
