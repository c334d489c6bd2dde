package dev.sidecars.ecs;

import dev.sidecars.formats.ManifestWarning;
import dev.sidecars.formats.Sourced;
import dev.sidecars.model.SourceMap;
import dev.sidecars.model.Workload;
import dev.sidecars.validation.SidecarValidator;
import dev.sidecars.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An ECS task definition read into the model by {@link EcsTaskDefinitionReader}: the workload,
 * where each of its elements stood in the file, and one warning per field the model does not
 * hold. Such fields are kept as task definition overrides, so that {@link #emitter()} writes
 * them back; a Kubernetes render leaves them out with its own warning.
 *
 * <pre>{@code
 * EcsImport imported = EcsTaskDefinitionReader.create().read(Path.of("taskdef.json"));
 * EcsTaskDefinition again = imported.emitter().build().emit(imported.workload());
 * }</pre>
 */
public final class EcsImport {

  /** The document a task definition came in. */
  public enum Shape {
    /** The {@code register-task-definition --cli-input-json} request. */
    REGISTER_REQUEST,
    /** The {@code describe-task-definition} output: {@code {"taskDefinition": {...}}}. */
    DESCRIBE_OUTPUT,
    /** A CloudFormation template with one {@code AWS::ECS::TaskDefinition} resource. */
    CLOUDFORMATION
  }

  private final Shape shape;
  private final Optional<String> resource;
  private final Workload workload;
  private final SourceMap sources;
  private final List<ManifestWarning> warnings;
  private final String family;
  private final Optional<String> taskRoleArn;
  private final Optional<String> executionRoleArn;
  private final String compatibility;
  private final boolean taskSizeByFunction;

  EcsImport(Shape shape, Optional<String> resource, Workload workload, SourceMap sources,
      List<ManifestWarning> warnings, String family, Optional<String> taskRoleArn, Optional<String> executionRoleArn,
      String compatibility, boolean taskSizeByFunction) {
    this.shape = shape;
    this.resource = resource;
    this.workload = workload;
    this.sources = sources;
    this.warnings = List.copyOf(warnings);
    this.family = family;
    this.taskRoleArn = taskRoleArn;
    this.executionRoleArn = executionRoleArn;
    this.compatibility = compatibility;
    this.taskSizeByFunction = taskSizeByFunction;
  }

  /** @return the document the task definition came in */
  public Shape shape() {
    return shape;
  }

  /** @return the logical name of the template's task definition resource; empty for the other shapes */
  public Optional<String> resource() {
    return resource;
  }

  /** @return the workload: the main container, its sidecars, FireLens logging, volumes and task size */
  public Workload workload() {
    return workload;
  }

  /** @return where each element of the workload came from, by model path */
  public SourceMap sources() {
    return sources;
  }

  /**
   * What the reader kept without modelling it, one warning per field (code
   * {@value EcsTaskDefinitionReader#NOT_MODELLED}), and what it renamed, in document order.
   *
   * @return the warnings
   */
  public List<ManifestWarning> warnings() {
    return warnings;
  }

  /** @return the workload, its sources and warnings as the manifest readers give them */
  public Sourced<Workload> sourced() {
    return new Sourced<>(workload, sources, warnings);
  }

  /** @return the task definition's family */
  public String family() {
    return family;
  }

  /** @return the task role, if the task definition names one */
  public Optional<String> taskRoleArn() {
    return taskRoleArn;
  }

  /** @return the execution role, if the task definition names one */
  public Optional<String> executionRoleArn() {
    return executionRoleArn;
  }

  /**
   * The launch type the task definition requires: the first of its
   * {@code requiresCompatibilities}, or {@code EC2}, ECS's default, when it names none.
   *
   * @return {@code FARGATE}, {@code EC2} or {@code EXTERNAL}
   */
  public String compatibility() {
    return compatibility;
  }

  /**
   * Validates the workload as the task definition's launch type asks: the ECS profile, without
   * the Fargate task size rules for {@code EC2} and {@code EXTERNAL}, and without the rule that
   * Fargate needs a task size when a template gives it by a function whose value only
   * CloudFormation knows; findings point at the file's lines.
   *
   * @return every problem
   */
  public ValidationReport validate() {
    Set<String> notApplicable = rulesNotApplicable();
    return SidecarValidator.ecs().validate(workload, sources).without(v -> notApplicable.contains(v.code()));
  }

  /**
   * The codes of the ECS profile's rules that do not hold for this task definition: the
   * Fargate task size rules for {@code EC2} and {@code EXTERNAL}, and the rule that Fargate needs
   * a task size when a template gives it by a function whose value only CloudFormation knows.
   *
   * @return the codes, empty when every rule holds
   */
  public Set<String> rulesNotApplicable() {
    if (!compatibility.equals("FARGATE")) {
      return Set.of(EcsEmitter.TASK_SIZE_RULE, EcsEmitter.FARGATE_SIZE_RULE);
    }
    return taskSizeByFunction ? Set.of(EcsEmitter.TASK_SIZE_RULE) : Set.of();
  }

  /**
   * An emitter set up as the task definition was: its family, roles and launch type. What else
   * it held comes back through the workload's task definition overrides.
   *
   * @return a builder, to change further or build
   */
  public EcsEmitter.Builder emitter() {
    EcsEmitter.Builder builder = EcsEmitter.builder().family(family).requiresCompatibility(compatibility);
    taskRoleArn.ifPresent(builder::taskRoleArn);
    executionRoleArn.ifPresent(builder::executionRoleArn);
    return taskSizeByFunction ? builder.taskSizeByOverride() : builder;
  }
}
