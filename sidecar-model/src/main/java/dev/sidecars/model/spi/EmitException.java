package dev.sidecars.model.spi;

/**
 * A workload holds something the target cannot express (a ConfigMap on ECS, an image that is
 * only built on Kubernetes, ...), or lacks what only a deployment knows. Every emitter throws
 * this type or a subclass of it, so a tool that renders for several targets catches one type.
 * The message is {@code path: problem}, with control characters escaped.
 */
public class EmitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String target;
  private final String code;
  private final String path;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param target the emitter's target, as {@link WorkloadEmitter#target()} names it
   * @param code a stable code for tools, for example {@code ecs.unsupported}
   * @param path the model path of the field, for example {@code sidecars.envoy.configMaps};
   *     empty for the workload as a whole
   * @param problem what the target cannot express, and what to do
   */
  public EmitException(String target, String code, String path, String problem) {
    this(target, code, path, problem, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param target the emitter's target
   * @param code a stable code
   * @param path the model path of the field
   * @param problem what the target cannot express
   * @param cause what went wrong underneath, kept for debugging
   */
  public EmitException(String target, String code, String path, String problem, Throwable cause) {
    super(path.isEmpty() ? PrintableText.of(problem) : PrintableText.of(path) + ": " + PrintableText.of(problem), cause);
    this.target = target;
    this.code = code;
    this.path = path;
    this.problem = PrintableText.of(problem);
  }

  /** @return the emitter's target, for example {@code ecs} or {@code k8s} */
  public String target() {
    return target;
  }

  /** @return the stable code, for example {@code ecs.unsupported} */
  public String code() {
    return code;
  }

  /** @return the model path of the field; empty for the workload as a whole */
  public String path() {
    return path;
  }

  /** @return what is wrong, without the path, control characters escaped */
  public String problem() {
    return problem;
  }
}
