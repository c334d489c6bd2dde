package dev.sidecars.model;

/**
 * Where a workload's traces go, when its platform adds a collector for them: Copilot's
 * {@code observability.tracing}.
 */
public enum Tracing {
  /** AWS X-Ray, through the AWS Distro for OpenTelemetry collector that Copilot adds as a sidecar. */
  AWS_XRAY("awsxray");

  private final String id;

  Tracing(String id) {
    this.id = id;
  }

  /**
   * Parses a name as Copilot writes it, in any case.
   *
   * @param text for example {@code "awsxray"}
   * @return the tracing
   * @throws ModelException when the text names no tracing vendor
   */
  public static Tracing parse(String text) {
    for (Tracing tracing : values()) {
      if (tracing.id.equalsIgnoreCase(text)) {
        return tracing;
      }
    }
    throw new ModelException("tracing", "unknown tracing vendor '" + text + "'; expected awsxray");
  }

  /** The name as Copilot writes it, {@code awsxray}. */
  @Override
  public String toString() {
    return id;
  }
}
