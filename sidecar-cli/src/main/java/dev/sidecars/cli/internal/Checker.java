package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one file and validates what it holds under a set of profiles, turning every outcome,
 * including a file that cannot be read, into findings.
 */
public final class Checker {
  private final Loader loader;
  private final Optional<Set<Profile>> profiles;

  /**
   * A checker.
   *
   * @param loader how files are read
   * @param profiles the profiles to check, or empty for the dialect's default (docs/cli.md)
   */
  public Checker(Loader loader, Optional<Set<Profile>> profiles) {
    this.loader = loader;
    this.profiles = profiles;
  }

  /**
   * Parses {@code --profile}.
   *
   * @param name ecs, kubernetes, copilot or all
   * @return the profiles
   * @throws CliException with exit code 2 for another name
   */
  public static Set<Profile> profiles(String name) {
    return Choice.<Set<Profile>>of("--profile")
        .or("ecs", EnumSet.of(Profile.ECS))
        .or("kubernetes", EnumSet.of(Profile.KUBERNETES))
        .or("copilot", EnumSet.of(Profile.COPILOT))
        .or("all", EnumSet.allOf(Profile.class))
        .parse(name);
  }

  /**
   * The profiles a file is checked under when {@code --profile} is not given: Copilot manifests
   * under Copilot's and ECS's rules, Mia-Platform items under Kubernetes', Sidecars manifests
   * under all.
   *
   * @param dialect the file's dialect
   * @return the profiles
   */
  public static Set<Profile> defaultProfiles(Dialect dialect) {
    switch (dialect) {
      case COPILOT:
        return EnumSet.of(Profile.COPILOT, Profile.ECS);
      case MIA:
        return EnumSet.of(Profile.KUBERNETES);
      default:
        return EnumSet.allOf(Profile.class);
    }
  }

  /**
   * Checks one file.
   *
   * @param file the file
   * @return its findings
   */
  public FileReport check(Path file) {
    String name = file.toString();
    List<Finding> findings = new ArrayList<>();
    Loaded loaded;
    try {
      loaded = loader.load(file);
    } catch (CliException e) {
      return new FileReport(name, List.of(Finding.unreadable(name, e)), true);
    } catch (ManifestException e) {
      return new FileReport(name, List.of(Finding.of(name, e)), true);
    }
    loaded.warnings().forEach(w -> findings.add(Finding.of(name, w)));
    validate(loaded, profiles.orElseGet(() -> defaultProfiles(loaded.dialect())))
        .violations().forEach(v -> findings.add(Finding.of(name, v)));
    return new FileReport(name, findings, false);
  }

  /**
   * Validates what a file held.
   *
   * @param loaded the file's content
   * @param profiles the profiles
   * @return the report
   */
  public static ValidationReport validate(Loaded loaded, Set<Profile> profiles) {
    SidecarValidator validator = validator(profiles);
    if (loaded.workload().isPresent()) {
      return validator.validate(loaded.workload().get(), loaded.sources());
    }
    SidecarTemplate template = loaded.template().orElseThrow();
    return validator.validate(template, loaded.sources());
  }

  /**
   * Validates a workload.
   *
   * @param workload the workload
   * @param loaded where it came from
   * @param profiles the profiles
   * @return the report
   */
  public static ValidationReport validate(Workload workload, Loaded loaded, Set<Profile> profiles) {
    return validator(profiles).validate(workload, loaded.sources());
  }

  private static SidecarValidator validator(Set<Profile> profiles) {
    List<Profile> list = new ArrayList<>(profiles);
    return SidecarValidator.of(list.get(0), list.subList(1, list.size()).toArray(new Profile[0]));
  }
}
