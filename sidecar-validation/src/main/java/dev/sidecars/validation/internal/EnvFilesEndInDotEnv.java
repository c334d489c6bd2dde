package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import java.util.Set;

/** {@code env-file.extension}: environment files end in {@code .env} (ECS and Copilot). */
final class EnvFilesEndInDotEnv implements Rule {

  @Override
  public Set<Profile> profiles() {
    return Rules.ECS_AND_COPILOT;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (Container container : workload.containers()) {
      container.envFile().filter(f -> !f.endsWith(".env")).ifPresent(f -> findings.error("env-file.extension",
          Findings.pathOf(workload, container) + ".envFile", "environment file " + f + " must have a .env file extension"));
    }
    workload.logging().flatMap(l -> l.envFile()).filter(f -> !f.endsWith(".env")).ifPresent(f ->
        findings.error("env-file.extension", "logging.envFile", "environment file " + f + " must have a .env file extension"));
  }
}
