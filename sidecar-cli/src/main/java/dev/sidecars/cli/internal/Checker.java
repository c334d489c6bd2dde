package dev.sidecars.cli.internal;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.copilot.CopilotManifest;
import dev.sidecars.report.FileReport;
import dev.sidecars.report.Finding;
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
   * under Copilot's and ECS's rules, Mia-Platform items under Kubernetes', ECS task definitions
   * under ECS's, Kubernetes workloads under Kubernetes', Sidecars manifests under all.
   *
   * @param kind what the file is
   * @return the profiles
   */
  public static Set<Profile> defaultProfiles(InputKind kind) {
    switch (kind) {
      case COPILOT:
        return EnumSet.of(Profile.COPILOT, Profile.ECS);
      case MIA:
        return EnumSet.of(Profile.KUBERNETES);
      case ECS:
        return EnumSet.of(Profile.ECS);
      case KUBERNETES:
        return EnumSet.of(Profile.KUBERNETES);
      default:
        return EnumSet.allOf(Profile.class);
    }
  }

  /**
   * Checks one file. A Copilot manifest read without {@code --env} is checked for its root and
   * for each environment it lists; a finding that does not hold for all of them names the ones
   * it holds for ({@link Finding#environments()}), and an error of the root that every listed
   * environment's override mends is a warning, for it bites only an environment not listed.
   *
   * @param file the file
   * @return its findings
   */
  public FileReport check(Path file) {
    String name = file.toString();
    Loaded loaded;
    try {
      loaded = loader.load(file);
    } catch (CliException e) {
      return new FileReport(name, List.of(Finding.unreadable(name, e.getMessage())), true);
    } catch (ManifestException e) {
      if (e.code().equals(CopilotManifest.NO_CONTAINERS)) {
        return new FileReport(name, List.of(Finding.of(name, e).asWarning("skipped")), false);
      }
      List<Finding> findings = new ArrayList<>();
      e.problems().forEach(problem -> findings.add(Finding.of(name, problem)));
      return new FileReport(name, findings, true);
    }
    Set<Profile> chosen = profiles.orElseGet(() -> defaultProfiles(loaded.kind()));
    if (loaded.template().isPresent()) {
      List<Finding> findings = new ArrayList<>();
      loaded.templateWarnings().forEach(w -> findings.add(Finding.of(name, w)));
      validator(chosen).validate(loaded.template().get(), loaded.templateSources())
          .violations().forEach(v -> findings.add(Finding.of(name, v)));
      return new FileReport(name, findings, false);
    }
    List<List<Finding>> perCase = new ArrayList<>();
    for (Loaded.Case c : loaded.cases()) {
      List<Finding> findings = new ArrayList<>();
      c.warnings().forEach(w -> findings.add(Finding.of(name, w)));
      validate(c, chosen).violations().stream()
          // a value that still holds an unresolved ${NAME} is not known yet; its warning says so
          .filter(v -> c.unresolved().stream().noneMatch(u -> v.message().contains("${" + u + "}")))
          .forEach(v -> findings.add(Finding.of(name, v)));
      perCase.add(findings);
    }
    return new FileReport(name, combine(loaded.cases(), perCase), false);
  }

  /**
   * One list of findings for several cases: a finding of every case once, without
   * environments; any other with the cases it holds for.
   */
  private static List<Finding> combine(List<Loaded.Case> cases, List<List<Finding>> perCase) {
    if (cases.size() == 1) {
      return perCase.get(0);
    }
    List<Finding> combined = new ArrayList<>();
    List<Finding> seen = new ArrayList<>();
    for (List<Finding> findings : perCase) {
      for (Finding finding : findings) {
        if (seen.stream().anyMatch(finding::sameAs)) {
          continue;
        }
        seen.add(finding);
        List<String> where = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
          if (perCase.get(i).stream().anyMatch(finding::sameAs)) {
            where.add(cases.get(i).label());
          }
        }
        if (where.size() == cases.size()) {
          combined.add(finding);
        } else if (finding.isError() && where.equals(List.of(Loaded.ROOT))) {
          combined.add(finding.in(where).asWarning("every environment under 'environments' overrides this; "
              + "it bites only an environment that is not listed"));
        } else {
          combined.add(finding.in(where));
        }
      }
    }
    return combined;
  }

  /**
   * Validates one case of a file.
   *
   * @param c the case
   * @param profiles the profiles
   * @return the report
   */
  public static ValidationReport validate(Loaded.Case c, Set<Profile> profiles) {
    ValidationReport report = validator(profiles).validate(c.workload(), c.sources());
    return c.notApplicable().isEmpty() ? report : report.without(v -> c.notApplicable().contains(v.code()));
  }

  private static SidecarValidator validator(Set<Profile> profiles) {
    List<Profile> list = new ArrayList<>(profiles);
    return SidecarValidator.of(list.get(0), list.subList(1, list.size()).toArray(new Profile[0]));
  }
}
