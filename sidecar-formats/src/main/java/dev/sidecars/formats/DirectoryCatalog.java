package dev.sidecars.formats;

import dev.sidecars.model.Catalog;
import dev.sidecars.model.SidecarTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link Catalog} kept in a directory, one native-manifest YAML file per template version:
 * {@code <dir>/<tenantId>/<itemId>/v<version>.yaml}, or {@code unversioned.yaml} for a
 * template without a version. Characters other than letters, digits, {@code -}, {@code _} and
 * (not leading) {@code .} are written as {@code %XX} escapes of their UTF-8 bytes.
 *
 * <p>Every write goes to a temporary file in the same directory, which is then renamed over
 * the target (atomically where the file system can), so a crash never leaves a half-written
 * template. Temporary files ({@code .tmp-*}, left over or another process's) are never read,
 * so opening the catalog while another process applies to it succeeds. A replaced template
 * keeps its file's mode; a new one gets the umask's. An
 * {@link Catalog.ApplyStatus#UNCHANGED} apply writes nothing.
 *
 * <p>The root directory may be a symbolic link; nothing below it may be one. Opening a
 * catalog that holds a link, or applying a template whose tenant or item directory or file is
 * a link, fails with an {@link UncheckedIOException} naming the link, before anything is read
 * through it or written, so the catalog never reads or writes outside itself.
 *
 * <p>One instance may be shared between threads; two instances, or two processes, on the same
 * directory do not see each other's writes until reopened.
 */
public final class DirectoryCatalog implements Catalog {
  private static final String UNVERSIONED = "unversioned.yaml";
  private static final String TEMPORARY_PREFIX = ".tmp-";

  private final Path directory;
  private final Catalog memory = Catalog.inMemory();
  private final NativeManifest manifest = NativeManifest.create();

  private DirectoryCatalog(Path directory) {
    this.directory = directory;
  }

  /**
   * Opens an existing catalog directory and reads every template in it. A directory that does
   * not exist is refused, so that a mistyped path is not read as an empty catalog; use
   * {@link #create(Path)} to start a new catalog.
   *
   * @param directory the directory
   * @return the catalog
   * @throws ManifestException when a template file is malformed or is not where its tenant,
   *     item id and version say it belongs
   * @throws UncheckedIOException when the directory does not exist, is not a directory, or
   *     cannot be read; its cause is a {@link java.nio.file.NoSuchFileException} or
   *     {@link java.nio.file.NotDirectoryException} in the first two cases
   */
  public static DirectoryCatalog open(Path directory) {
    if (!Files.exists(directory)) {
      throw new UncheckedIOException("the catalog directory " + directory + " does not exist; check the path",
          new NoSuchFileException(directory.toString()));
    }
    if (!Files.isDirectory(directory)) {
      throw new UncheckedIOException(directory + " is not a directory, so it cannot be a catalog",
          new NotDirectoryException(directory.toString()));
    }
    return read(directory);
  }

  /**
   * Opens a catalog directory, creating it and its parents first when it does not exist.
   *
   * @param directory the directory
   * @return the catalog, empty when it was created
   * @throws ManifestException as {@link #open(Path)}
   * @throws UncheckedIOException when the directory cannot be created or read
   */
  public static DirectoryCatalog create(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the catalog directory " + directory + ": " + e.getMessage(), e);
    }
    return read(directory);
  }

  private static DirectoryCatalog read(Path directory) {
    DirectoryCatalog catalog = new DirectoryCatalog(directory);
    try {
      for (Path file : templateFiles(directory)) {
        SidecarTemplate template = catalog.manifest.readTemplate(file);
        Path expected = catalog.fileOf(template);
        if (!expected.equals(file)) {
          throw new ManifestException(file.toString(), 0, 0, "",
              "this template belongs in " + expected + " (by its tenantId, itemId and version)", null);
        }
        catalog.memory.apply(template);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the catalog " + directory + ": " + e.getMessage(), e);
    }
    return catalog;
  }

  /**
   * The template files under a catalog root, sorted, as paths under {@code directory} (the root
   * itself may be a link). A link anywhere below the root is refused before any file is read;
   * a file or directory that vanishes while the tree is walked (another process's temporary
   * file, or the directory of its failed apply) is passed over.
   */
  private static List<Path> templateFiles(Path directory) throws IOException {
    Path root = directory.toRealPath();
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(root, Set.of(), 3, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Path inCatalog = directory.resolve(root.relativize(file).toString());
        if (attributes.isSymbolicLink()) {
          throw linkInside(inCatalog);
        }
        String name = file.getFileName().toString();
        if (attributes.isRegularFile() && name.endsWith(".yaml") && !name.startsWith(TEMPORARY_PREFIX)) {
          files.add(inCatalog);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return FileVisitResult.CONTINUE;
        }
        throw e;
      }
    });
    Collections.sort(files);
    return files;
  }

  /**
   * Refuses to write {@code target} when a directory on its way below the root, or the file
   * itself, is a link: the catalog may have changed since it was read.
   */
  private void refuseLinks(Path target) {
    Path path = directory;
    for (Path name : directory.relativize(target)) {
      path = path.resolve(name);
      if (Files.isSymbolicLink(path)) {
        throw linkInside(path);
      }
    }
  }

  /** The one refusal for a link inside the catalog; it names the link, never what it holds. */
  private static UncheckedIOException linkInside(Path link) {
    String problem = "is a symbolic link; a catalog holds no links below its root, so that nothing is read "
        + "or written outside it. Replace the link with the directory or file it points to";
    return new UncheckedIOException(link + ": " + problem, new FileSystemException(link.toString(), null, problem));
  }

  /** @return the catalog's directory */
  public Path directory() {
    return directory;
  }

  /**
   * Publishes a template and writes its file atomically, unless an equal one is there.
   *
   * @param template the template
   * @return whether it was created, updated or unchanged
   * @throws UncheckedIOException when the file cannot be written; the catalog is then unchanged
   * @throws IllegalArgumentException when the template, written, would not read back equal
   *     (nothing is written then)
   */
  @Override
  public synchronized ApplyStatus apply(SidecarTemplate template) {
    Optional<SidecarTemplate> existing = find(template);
    if (existing.isPresent() && existing.get().equals(template)) {
      return ApplyStatus.UNCHANGED;
    }
    Path file = fileOf(template);
    String text = manifest.write(template, ManifestFormat.YAML);
    // nothing is written that the catalog could not read back as it was given
    SidecarTemplate back;
    try {
      back = manifest.readTemplate(text, file.toString());
    } catch (ManifestException e) {
      throw new IllegalArgumentException("the template " + template.itemId() + " cannot be kept in the catalog: "
          + "written, it does not read back (" + e.getMessage() + ")", e);
    }
    if (!back.equals(template)) {
      throw new IllegalArgumentException("the template " + template.itemId() + " cannot be kept in the catalog: "
          + "written, it reads back different");
    }
    refuseLinks(file);
    write(file, text);
    return memory.apply(template);
  }

  @Override
  public synchronized Optional<SidecarTemplate> resolve(String tenantId, String itemId) {
    return memory.resolve(tenantId, itemId);
  }

  @Override
  public synchronized Optional<SidecarTemplate> resolve(String tenantId, String itemId, String version) {
    return memory.resolve(tenantId, itemId, version);
  }

  @Override
  public synchronized List<SidecarTemplate> list() {
    return memory.list();
  }

  private Optional<SidecarTemplate> find(SidecarTemplate template) {
    if (template.version().isPresent()) {
      return memory.resolve(template.tenantId(), template.itemId(), template.version().get());
    }
    return memory.list().stream()
        .filter(t -> t.tenantId().equals(template.tenantId())
            && t.itemId().equals(template.itemId())
            && t.version().isEmpty())
        .findFirst();
  }

  /**
   * Where a template's file lives.
   *
   * @param template the template
   * @return the path of its file
   */
  Path fileOf(SidecarTemplate template) {
    String file = template.version().map(v -> "v" + encode(v) + ".yaml").orElse(UNVERSIONED);
    return directory.resolve(encode(template.tenantId())).resolve(encode(template.itemId())).resolve(file);
  }

  static String encode(String name) {
    StringBuilder out = new StringBuilder();
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
          || b == '-' || b == '_' || (b == '.' && i > 0);
      if (plain) {
        out.append((char) b);
      } else {
        out.append('%').append(String.format("%02X", b));
      }
    }
    return out.length() == 0 ? "%" : out.toString();
  }

  private static void write(Path target, String text) {
    Path temporary = null;
    // the directories this write creates, deepest first, to remove again when it fails
    List<Path> created = new ArrayList<>();
    for (Path dir = target.getParent(); dir != null && !Files.exists(dir); dir = dir.getParent()) {
      created.add(dir);
    }
    boolean written = false;
    try {
      Files.createDirectories(target.getParent());
      // not createTempFile, whose file is 0600 whatever the umask: a new template gets the
      // umask's mode, a replaced one keeps the mode it had
      temporary = target.resolveSibling(TEMPORARY_PREFIX + UUID.randomUUID());
      Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      if (Files.exists(target) && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
      }
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
      written = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the write already failed; that failure is the one reported
        }
      }
      if (!written) {
        for (Path dir : created) {
          try {
            Files.deleteIfExists(dir);
          } catch (IOException ignored) {
            // not empty, or gone: what is left is not this write's
          }
        }
      }
    }
  }

  @Override
  public String toString() {
    return "DirectoryCatalog{" + directory + ", " + memory.list().size() + " templates}";
  }
}
