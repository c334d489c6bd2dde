package dev.sidecars.ecs;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A task definition as {@link EcsEmitter#emit} made it: typed and immutable, with the
 * {@code RegisterTaskDefinition} request and the CloudFormation template it writes.
 *
 * <pre>{@code
 * EcsTaskDefinition task = EcsEmitter.create().emit(workload);
 * task.container("otel").orElseThrow().dependency("envoy");   // Optional[HEALTHY]
 * String request = task.toApiJson();
 * }</pre>
 *
 * <p>The typed fields are read from the request, so they show what ECS is sent, task
 * definition overrides included; the texts hold every field, typed here or not. Two task
 * definitions are equal when their requests are.
 */
public final class EcsTaskDefinition {
  private final String family;
  private final Optional<String> networkMode;
  private final List<String> requiresCompatibilities;
  private final Optional<String> cpu;
  private final Optional<String> memory;
  private final Optional<String> executionRoleArn;
  private final Optional<String> taskRoleArn;
  private final List<EcsContainerDefinition> containerDefinitions;
  private final List<EcsVolume> volumes;
  private final String apiJson;
  private final Function<CloudFormationFormat, String> cloudFormation;

  EcsTaskDefinition(Builder b) {
    this.family = b.family;
    this.networkMode = b.networkMode;
    this.requiresCompatibilities = List.copyOf(b.requiresCompatibilities);
    this.cpu = b.cpu;
    this.memory = b.memory;
    this.executionRoleArn = b.executionRoleArn;
    this.taskRoleArn = b.taskRoleArn;
    this.containerDefinitions = List.copyOf(b.containerDefinitions);
    this.volumes = List.copyOf(b.volumes);
    this.apiJson = b.apiJson;
    this.cloudFormation = b.cloudFormation;
  }

  /** @return the family, the task definition's name */
  public String family() {
    return family;
  }

  /** @return the network mode, for example {@code awsvpc} */
  public Optional<String> networkMode() {
    return networkMode;
  }

  /** @return the launch types the task is registered for, for example {@code FARGATE} */
  public List<String> requiresCompatibilities() {
    return requiresCompatibilities;
  }

  /** @return the task's CPU units, as the API writes them ({@code "512"}) */
  public Optional<String> cpu() {
    return cpu;
  }

  /** @return the task's memory in MiB, as the API writes it ({@code "1024"}) */
  public Optional<String> memory() {
    return memory;
  }

  /** @return the execution role's ARN */
  public Optional<String> executionRoleArn() {
    return executionRoleArn;
  }

  /** @return the task role's ARN */
  public Optional<String> taskRoleArn() {
    return taskRoleArn;
  }

  /** @return the container definitions, in the order ECS is sent them */
  public List<EcsContainerDefinition> containerDefinitions() {
    return containerDefinitions;
  }

  /**
   * A container definition by name.
   *
   * @param name the container's name
   * @return it, or empty when the task has no container of that name
   */
  public Optional<EcsContainerDefinition> container(String name) {
    return containerDefinitions.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** @return the names of the containers, in order */
  public List<String> containerNames() {
    return containerDefinitions.stream().map(EcsContainerDefinition::name).collect(java.util.stream.Collectors.toList());
  }

  /** @return the task's volumes */
  public List<EcsVolume> volumes() {
    return volumes;
  }

  /** @return the {@code aws ecs register-task-definition --cli-input-json} document */
  public String toApiJson() {
    return apiJson;
  }

  /**
   * The same task definition as a CloudFormation template ({@link EcsEmitter#toCloudFormation}).
   *
   * @param format YAML or JSON
   * @return the template
   * @throws EcsEmitException when CloudFormation cannot hold what the request could
   */
  public String toCloudFormation(CloudFormationFormat format) {
    return cloudFormation.apply(format);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EcsTaskDefinition t && t.apiJson.equals(apiJson);
  }

  @Override
  public int hashCode() {
    return apiJson.hashCode();
  }

  /** The family and the container names. */
  @Override
  public String toString() {
    return "EcsTaskDefinition{" + family + ", containers " + containerNames() + "}";
  }

  /** What the reader of the request tree collects. */
  static final class Builder {
    String family;
    Optional<String> networkMode = Optional.empty();
    List<String> requiresCompatibilities = List.of();
    Optional<String> cpu = Optional.empty();
    Optional<String> memory = Optional.empty();
    Optional<String> executionRoleArn = Optional.empty();
    Optional<String> taskRoleArn = Optional.empty();
    List<EcsContainerDefinition> containerDefinitions = List.of();
    List<EcsVolume> volumes = List.of();
    String apiJson;
    Function<CloudFormationFormat, String> cloudFormation;
  }
}
