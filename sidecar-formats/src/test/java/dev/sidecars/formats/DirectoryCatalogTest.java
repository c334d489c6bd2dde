package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sidecars.model.Catalog.ApplyStatus;
import dev.sidecars.model.Container;
import dev.sidecars.model.SidecarTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryCatalogTest {

  private static SidecarTemplate template(String tenant, String item, Optional<String> version, String image) {
    return SidecarTemplate.builder()
        .tenantId(tenant)
        .itemId(item)
        .version(version)
        .title("My sidecar")
        .defaults(Container.builder().name("my-sidecar").image(image).build())
        .build();
  }

  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
  }

  @Test
  void oneFilePerItemVersion(@TempDir Path dir) throws IOException {
    DirectoryCatalog catalog = DirectoryCatalog.open(dir);
    assertThat(catalog.apply(template("my-tenant-id", "my-sidecar", Optional.empty(), "ghcr.io/my-sidecar:1.0")))
        .isEqualTo(ApplyStatus.CREATED);
    assertThat(catalog.apply(template("my-tenant-id", "proxy", Optional.of("1.2.0"), "proxy:1.2.0")))
        .isEqualTo(ApplyStatus.CREATED);
    assertThat(files(dir)).containsExactly(
        "my-tenant-id/my-sidecar/unversioned.yaml", "my-tenant-id/proxy/v1.2.0.yaml");
    assertThat(Files.readString(dir.resolve("my-tenant-id/my-sidecar/unversioned.yaml")))
        .startsWith("apiVersion: sidecars.dev/v1alpha1\nkind: SidecarTemplate\n");
  }

  @Test
  void reopenedCatalogHasTheSameTemplates(@TempDir Path dir) {
    DirectoryCatalog first = DirectoryCatalog.open(dir);
    first.apply(template("t", "a", Optional.of("1.0.0"), "a:1"));
    first.apply(template("t", "a", Optional.of("1.10.0"), "a:1.10"));
    first.apply(template("t", "b", Optional.empty(), "b"));
    DirectoryCatalog second = DirectoryCatalog.open(dir);
    assertThat(second.list()).isEqualTo(first.list());
    assertThat(second.resolve("t", "a").orElseThrow().version()).contains("1.10.0");
  }

  @Test
  void unchangedApplyWritesNothing(@TempDir Path dir) throws IOException {
    DirectoryCatalog catalog = DirectoryCatalog.open(dir);
    SidecarTemplate template = template("t", "a", Optional.empty(), "a:1");
    catalog.apply(template);
    Path file = dir.resolve("t/a/unversioned.yaml");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(file, old);
    assertThat(catalog.apply(template)).isEqualTo(ApplyStatus.UNCHANGED);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    assertThat(catalog.apply(template("t", "a", Optional.empty(), "a:2"))).isEqualTo(ApplyStatus.UPDATED);
    assertThat(Files.readString(file)).contains("image: a:2");
  }

  @Test
  void awkwardNamesAreEscaped(@TempDir Path dir) throws IOException {
    DirectoryCatalog catalog = DirectoryCatalog.open(dir);
    catalog.apply(template("../evil", "a/b", Optional.of("1.0 beta"), "x"));
    assertThat(files(dir)).containsExactly("%2E.%2Fevil/a%2Fb/v1.0%20beta.yaml");
    assertThat(DirectoryCatalog.open(dir).resolve("../evil", "a/b", "1.0 beta")).isPresent();
  }

  @Test
  void leftoverTemporaryFilesAreIgnored(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("t/a"));
    Files.writeString(dir.resolve("t/a/.tmp-123.yaml"), "apiVersion: sidecars.dev/v1al");
    assertThat(DirectoryCatalog.open(dir).list()).isEmpty();
  }

  @Test
  void misplacedTemplateIsReported(@TempDir Path dir) throws IOException {
    DirectoryCatalog.open(dir).apply(template("t", "a", Optional.empty(), "a:1"));
    Files.createDirectories(dir.resolve("t/b"));
    Files.move(dir.resolve("t/a/unversioned.yaml"), dir.resolve("t/b/unversioned.yaml"));
    assertThatThrownBy(() -> DirectoryCatalog.open(dir))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("this template belongs in " + dir.resolve("t/a/unversioned.yaml"));
  }

  @Test
  void brokenTemplateFileNamesItsLine(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("t/a"));
    Path file = dir.resolve("t/a/unversioned.yaml");
    Files.writeString(file, "apiVersion: sidecars.dev/v1alpha1\nkind: SidecarTemplate\ntenant: t\n");
    assertThatThrownBy(() -> DirectoryCatalog.open(dir))
        .isInstanceOf(ManifestException.class)
        .hasMessageEndingWith(file + ":3:1: unknown field 'tenant'; did you mean 'tenantId'?");
  }

  @Test
  void openingRefusesADirectoryThatDoesNotExistAndCreatesNothing(@TempDir Path dir) {
    Path mistyped = dir.resolve("catalgo");
    assertThatThrownBy(() -> DirectoryCatalog.open(mistyped))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("the catalog directory " + mistyped + " does not exist; check the path")
        .hasCauseInstanceOf(NoSuchFileException.class);
    assertThat(mistyped).doesNotExist();
  }

  @Test
  void openingRefusesAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("catalog.yaml"), "");
    assertThatThrownBy(() -> DirectoryCatalog.open(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage(file + " is not a directory, so it cannot be a catalog")
        .hasCauseInstanceOf(NotDirectoryException.class);
  }

  @Test
  void createMakesTheDirectoryAndItsParentsAndOpensAnExistingOne(@TempDir Path dir) {
    Path nested = dir.resolve("a/b/catalog");
    DirectoryCatalog created = DirectoryCatalog.create(nested);
    assertThat(nested).isDirectory();
    assertThat(created.list()).isEmpty();
    created.apply(template("t", "a", Optional.of("1.0"), "a:1"));
    assertThat(DirectoryCatalog.create(nested).list()).hasSize(1);
    assertThat(DirectoryCatalog.open(nested).list()).hasSize(1);
  }

  @Test
  void createRefusesAPathUnderAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("file"), "");
    assertThatThrownBy(() -> DirectoryCatalog.create(file.resolve("catalog")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot create the catalog directory " + file.resolve("catalog") + ": ");
  }

  @Test
  void aFailedApplyLeavesNoEmptyDirectoriesBehind(@TempDir Path dir) throws IOException {
    DirectoryCatalog catalog = DirectoryCatalog.create(dir);
    // a file name longer than any file system takes: the tenant and item directories are made, the file is not
    SidecarTemplate tooLong = template("acme", "proxy", Optional.of("1".repeat(300)), "proxy:1");
    assertThatThrownBy(() -> catalog.apply(tooLong)).isInstanceOf(UncheckedIOException.class);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.collect(Collectors.toList())).isEmpty();
    }
    assertThat(catalog.list()).isEmpty();
  }

  @Test
  void aReplacedTemplateKeepsItsModeAndANewOneHasTheUmasks(@TempDir Path dir) throws IOException {
    DirectoryCatalog catalog = DirectoryCatalog.create(dir);
    catalog.apply(template("t", "a", Optional.of("1.0"), "a:1"));
    Path file = dir.resolve("t/a/v1.0.yaml");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .as("not createTempFile's 0600").isNotEqualTo("rw-------");
    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
    catalog.apply(template("t", "a", Optional.of("1.0"), "a:2"));
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void whatWouldNotReadBackIsNotWritten(@TempDir Path dir) {
    DirectoryCatalog catalog = DirectoryCatalog.create(dir);
    SidecarTemplate tooLong = template("t", "a".repeat(50_000), Optional.empty(), "a:1");
    assertThatThrownBy(() -> catalog.apply(tooLong)).isInstanceOf(RuntimeException.class);
    assertThat(DirectoryCatalog.open(dir).list()).isEmpty();
  }

  @Test
  void theRootMayBeALink(@TempDir Path dir) throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("catalog"), real);
    DirectoryCatalog.open(link).apply(template("t", "a", Optional.empty(), "a:1"));
    assertThat(files(real)).containsExactly("t/a/unversioned.yaml");
    assertThat(DirectoryCatalog.open(link).list()).extracting(SidecarTemplate::itemId).containsExactly("a");
  }

  @Test
  void aLinkedTenantDirectoryIsRefusedNotHidden(@TempDir Path dir) throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    DirectoryCatalog.create(outside).apply(template("elsewhere", "a", Optional.empty(), "a:1"));
    Path catalog = Files.createDirectories(dir.resolve("catalog"));
    Path link = Files.createSymbolicLink(catalog.resolve("t"), outside.resolve("elsewhere"));
    assertThatThrownBy(() -> DirectoryCatalog.open(catalog))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith(link + ": is a symbolic link; a catalog holds no links below its root");
  }

  @Test
  void aLinkedTemplateFileIsRefusedWithoutPrintingWhatItHolds(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "password: hunter2\n");
    Path catalog = Files.createDirectories(dir.resolve("catalog/t/a")).getParent().getParent();
    Files.createSymbolicLink(catalog.resolve("t/a/unversioned.yaml"), secret);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> DirectoryCatalog.open(catalog));
    assertThat(thrown).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(catalog.resolve("t/a/unversioned.yaml") + ": is a symbolic link");
    assertThat(thrown.getMessage()).doesNotContain("hunter2").doesNotContain("password");
  }

  @Test
  void applyDoesNotWriteThroughALinkMadeAfterOpening(@TempDir Path dir) throws IOException {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path root = Files.createDirectories(dir.resolve("catalog"));
    DirectoryCatalog catalog = DirectoryCatalog.open(root);
    catalog.apply(template("t", "a", Optional.empty(), "a:1"));
    // another hand replaces the item directory with a link out of the catalog
    Files.delete(root.resolve("t/a/unversioned.yaml"));
    Files.delete(root.resolve("t/a"));
    Files.createSymbolicLink(root.resolve("t/a"), outside);
    assertThatThrownBy(() -> catalog.apply(template("t", "a", Optional.of("2.0"), "a:2")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith(root.resolve("t/a") + ": is a symbolic link");
    assertThat(files(outside)).isEmpty();
  }

  @Test
  void applyDoesNotReplaceALinkedTemplateFile(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("someone-elses.yaml"), "kept\n");
    Path root = Files.createDirectories(dir.resolve("catalog"));
    DirectoryCatalog catalog = DirectoryCatalog.open(root);
    Files.createDirectories(root.resolve("t/a"));
    Path link = Files.createSymbolicLink(root.resolve("t/a/v1.0.yaml"), target);
    assertThatThrownBy(() -> catalog.apply(template("t", "a", Optional.of("1.0"), "a:1")))
        .hasMessageStartingWith(link + ": is a symbolic link");
    assertThat(Files.readString(target)).isEqualTo("kept\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  /**
   * Several writers and readers on one directory, each with its own instance, as separate
   * processes would be: every apply lands, and every open (which lists the catalog) succeeds
   * while the others write.
   */
  @Test
  void concurrentAppliesAndOpensAllSucceed(@TempDir Path dir) throws Exception {
    int writers = 4;
    int perWriter = 25;
    DirectoryCatalog.create(dir);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers + 2);
    try {
      java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
      List<java.util.concurrent.Future<Integer>> readers = new java.util.ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(pool.submit(() -> {
          int opens = 0;
          while (writing.get() || opens == 0) {
            DirectoryCatalog.open(dir).list();
            opens++;
          }
          return opens;
        }));
      }
      List<java.util.concurrent.Future<?>> applies = new java.util.ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        applies.add(pool.submit(() -> {
          DirectoryCatalog mine = DirectoryCatalog.open(dir);
          for (int i = 0; i < perWriter; i++) {
            // shared items and versions too, so that writers replace each other's files
            mine.apply(template("t" + (i % 3), "item" + (i % 5), Optional.of(writer + "." + i), "img:" + i));
            mine.apply(template("shared", "item", Optional.of("1.0"), "img:" + writer + "-" + i));
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> apply : applies) {
        apply.get(2, java.util.concurrent.TimeUnit.MINUTES);
      }
      writing.set(false);
      for (java.util.concurrent.Future<Integer> reader : readers) {
        assertThat(reader.get(2, java.util.concurrent.TimeUnit.MINUTES)).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
    DirectoryCatalog after = DirectoryCatalog.open(dir);
    assertThat(after.list()).hasSize(writers * perWriter + 1);
    assertThat(after.resolve("shared", "item", "1.0").orElseThrow().defaults().image().location().orElseThrow())
        .matches("img:[0-3]-24");
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".tmp-"));
    }
  }
}
