package dev.sidecars.validation.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Mount;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.Profile;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * The field constraints declared on the model with Bean Validation annotations ({@code @Min},
 * {@code @NotBlank}, ...), run by Hibernate Validator. Each annotation's message starts with
 * its code in brackets ({@code [probe.range] ...}). The validator factory costs a fraction of a
 * second to build, so it is built once, on the first validation.
 */
final class FieldConstraints implements Rule {

  /** Immutables accessors have no get/is prefix: every public no-argument value method is a property. */
  private static final class AccessorsArePropertiesStrategy implements GetterPropertySelectionStrategy {
    private static final Set<String> NOT_PROPERTIES =
        Set.of("hashCode", "toString", "getClass", "builder", "toBuilder", "key", "containers",
            "isEssential", "isReadOnly", "isManaged", "action", "routesLogs", "isMetadataEnabled",
            "imageOrDefault", "commandOrDefault", "intervalOrDefault", "retriesOrDefault",
            "timeoutOrDefault", "startPeriodOrDefault");

    @Override
    public Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
          || NOT_PROPERTIES.contains(executable.getName())) {
        return Optional.empty();
      }
      return Optional.of(executable.getName());
    }

    @Override
    public List<String> getGetterMethodNameCandidates(String propertyName) {
      return List.of(propertyName);
    }
  }

  /** Holds the factory, built when this class is first used. */
  private static final class Holder {
    /** Kept, so that the level set on it is not collected with it. */
    static final java.util.logging.Logger VERSION_LOG = quietVersionLine();
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorsArePropertiesStrategy())
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /**
   * Hibernate Validator announces its version at INFO when it starts. Through
   * java.util.logging, jboss-logging's fallback when the application has no logging library,
   * that line would reach the console of every program that validates a workload. The
   * announcement's own logger is quieted to WARNING, unless the application set its level.
   */
  static java.util.logging.Logger quietVersionLine() {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(VERSION_LOGGER);
    if (logger.getLevel() == null) {
      logger.setLevel(java.util.logging.Level.WARNING);
    }
    return logger;
  }

  /** The logger Hibernate Validator's version line goes to. */
  static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

  @Override
  public Set<Profile> profiles() {
    return Rules.ALL;
  }

  @Override
  public void check(Workload workload, Findings findings) {
    for (ConstraintViolation<Workload> violation : Holder.VALIDATOR.validate(workload)) {
      String message = violation.getMessage();
      int end = message.indexOf("] ");
      String code = message.startsWith("[") && end > 0 ? message.substring(1, end) : "field.invalid";
      String text = (end > 0 ? message.substring(end + 2) : message) + ", not " + violation.getInvalidValue();
      findings.error(code, modelPath(workload, violation.getPropertyPath()), text);
    }
  }

  /**
   * Turns {@code sidecars[1].mounts[0].path} into {@code sidecars.envoy.mounts[etc/envoy]}. In a
   * Bean Validation path the index of a list element sits on the node after the list's.
   */
  private static String modelPath(Workload workload, Path path) {
    List<Path.Node> nodes = new java.util.ArrayList<>();
    path.forEach(nodes::add);
    StringBuilder out = new StringBuilder();
    Container container = null;
    for (int i = 0; i < nodes.size(); i++) {
      String name = nodes.get(i).getName();
      Integer index = i + 1 < nodes.size() && nodes.get(i + 1).isInIterable() ? nodes.get(i + 1).getIndex() : null;
      if (name == null || name.startsWith("<")) {
        continue;
      }
      if (name.equals("sidecars") && index != null) {
        container = workload.sidecars().get(index);
        out.append("sidecars.").append(container.name());
      } else if (name.equals("main")) {
        container = workload.main();
        out.append("main");
      } else if (name.equals("mounts") && index != null && container != null) {
        Mount mount = container.mounts().get(index);
        return out.append(".mounts[").append(mount.path()).append(']').toString();
      } else {
        out.append(out.length() == 0 ? "" : ".").append(name);
      }
    }
    return out.toString();
  }
}
