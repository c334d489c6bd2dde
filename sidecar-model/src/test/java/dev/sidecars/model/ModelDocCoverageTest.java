package dev.sidecars.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md names every field accessor of the model, as {@code Type.accessor()}, so the
 * table of seed fields cannot silently fall behind the model.
 */
class ModelDocCoverageTest {
  private static final List<Class<?>> VALUE_TYPES =
      List.of(Workload.class, Container.class, Image.class, Build.class, Port.class, Mount.class,
          HealthCheck.class, Probe.class, Resources.class, ConfigMap.class, ConfigFile.class,
          SecretMount.class, Variable.class, SecretRef.class, Volume.class, EfsVolume.class,
          Logging.class, Platform.class, Documentation.class, SidecarTemplate.class);

  @Test
  void everyAccessorHasARowInModelMd() throws IOException {
    Path doc = Path.of(System.getProperty("basedir", ".")).resolve("../docs/model.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (Class<?> type : VALUE_TYPES) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isAbstract(method.getModifiers()) && Modifier.isPublic(method.getModifiers())) {
          String name = type.getSimpleName() + "." + method.getName() + "()";
          if (!text.contains("`" + name + "`")) {
            missing.add(name);
          }
        }
      }
    }
    assertThat(missing).as("accessors not in docs/model.md").isEmpty();
  }
}
