package dev.sidecars.ecs;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFiles;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads Amazon ECS task definitions into the model: the {@code register-task-definition
 * --cli-input-json} request, and the {@code describe-task-definition} output
 * ({@code {"taskDefinition": {...}}}, whose read-only fields such as {@code revision} and
 * {@code status} are ignored), in JSON or YAML, and CloudFormation templates with one
 * {@code AWS::ECS::TaskDefinition} resource, whose intrinsic functions ({@code !Ref},
 * {@code Fn::Sub}, ...) are kept as written for CloudFormation and read as their values where
 * the template's parameters give them (else as {@code ${...}} stand-ins). docs/import.md gives the mapping: the main
 * container is the first essential one that is not the FireLens router, the router becomes the
 * workload's FireLens logging, and every field the model does not hold is kept as a task
 * definition override with a warning.
 *
 * <pre>{@code
 * EcsImport imported = EcsTaskDefinitionReader.create().read(Path.of("taskdef.json"));
 * Workload workload = imported.workload();
 * }</pre>
 *
 * <p>Input is bounded as the manifest readers bound it (size, depth, aliases); an error is a
 * {@link ManifestException} with file, line, column and path.
 */
public final class EcsTaskDefinitionReader {
  /** The code of the warning for a field kept without being modelled. */
  public static final String NOT_MODELLED = "import.not-modelled";

  /** The code of the warning for a field that holds CloudFormation functions. */
  public static final String CLOUDFORMATION_FUNCTION = TaskDefinitionImport.FUNCTION;
  /** The code of the warning for the parts of a template that are not the task definition. */
  public static final String OUTSIDE_TASK_DEFINITION = TaskDefinitionImport.OUTSIDE;

  private final Map<String, String> parameters;

  private EcsTaskDefinitionReader(Map<String, String> parameters) {
    this.parameters = parameters;
  }

  /** @return a reader */
  public static EcsTaskDefinitionReader create() {
    return new EcsTaskDefinitionReader(Map.of());
  }

  /**
   * A reader that knows the values of a CloudFormation template's parameters, as
   * {@code aws cloudformation deploy --parameter-overrides} gives them. A {@code Ref} to a
   * parameter, and a {@code Fn::Sub} or {@code Fn::Join} of such, then reads as its value (a
   * parameter's {@code Default} does without this); an empty value counts as none.
   *
   * @param parameters the values by parameter name, pseudo parameters ({@code AWS::Region}) included
   * @return a reader with those values
   */
  public EcsTaskDefinitionReader parameters(Map<String, String> parameters) {
    return new EcsTaskDefinitionReader(Map.copyOf(parameters));
  }

  /**
   * Whether a document is a task definition this reader takes, by its shape: a top-level
   * {@code containerDefinitions}, one under a top-level {@code taskDefinition}, or a template
   * whose {@code Resources} hold an {@code AWS::ECS::TaskDefinition}.
   *
   * @param text the document
   * @return true when it is; false for anything else, malformed text included
   */
  public static boolean recognises(String text) {
    return TaskDefinitionImport.recognises(text);
  }

  /**
   * Reads a file.
   *
   * @param file the file, UTF-8
   * @return the workload and what was kept
   * @throws ManifestException when the file cannot be read or is no task definition
   */
  public EcsImport read(Path file) {
    return read(ManifestFiles.read(file), file.toString());
  }

  /**
   * Reads a text.
   *
   * @param text the document
   * @param source its name in messages
   * @return the workload and what was kept
   * @throws ManifestException when the text is no task definition, with its line and column
   */
  public EcsImport read(String text, String source) {
    return TaskDefinitionImport.read(text, source, parameters);
  }
}
