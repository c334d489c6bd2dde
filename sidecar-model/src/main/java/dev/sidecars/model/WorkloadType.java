package dev.sidecars.model;

import java.util.Optional;

/** What kind of workload runs, with AWS Copilot's names for each kind. */
public enum WorkloadType {
  /** A service behind an application or network load balancer. */
  LOAD_BALANCED_WEB_SERVICE("load-balanced-web-service", "Load Balanced Web Service"),
  /** A service reachable only inside its network. */
  BACKEND_SERVICE("backend-service", "Backend Service"),
  /** A service that consumes messages from queues and topics. */
  WORKER_SERVICE("worker-service", "Worker Service"),
  /** A task that runs on a schedule and exits. */
  SCHEDULED_JOB("scheduled-job", "Scheduled Job"),
  /** A web service on App Runner; Copilot supports no sidecars for it. */
  REQUEST_DRIVEN_WEB_SERVICE("request-driven-web-service", "Request-Driven Web Service");

  private final String id;
  private final String copilotName;

  WorkloadType(String id, String copilotName) {
    this.id = id;
    this.copilotName = copilotName;
  }

  /**
   * The kebab-case name used in the native manifest.
   *
   * @return for example {@code "backend-service"}
   */
  public String id() {
    return id;
  }

  /**
   * The name Copilot writes in a manifest's {@code type} field.
   *
   * @return for example {@code "Backend Service"}
   */
  public String copilotName() {
    return copilotName;
  }

  /**
   * Whether this kind of workload can run sidecars. Copilot's docs: "Sidecars are not
   * supported for Request-Driven Web Services."
   *
   * @return false only for {@link #REQUEST_DRIVEN_WEB_SERVICE}
   */
  public boolean supportsSidecars() {
    return this != REQUEST_DRIVEN_WEB_SERVICE;
  }

  /**
   * Finds the type whose {@link #id()} is the given text.
   *
   * @param id the kebab-case name
   * @return the type, or empty when no type has that name
   */
  public static Optional<WorkloadType> fromId(String id) {
    for (WorkloadType type : values()) {
      if (type.id.equals(id)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * Finds the type whose {@link #copilotName()} is the given text.
   *
   * @param name the Copilot name, for example {@code "Scheduled Job"}
   * @return the type, or empty when no type has that name
   */
  public static Optional<WorkloadType> fromCopilotName(String name) {
    for (WorkloadType type : values()) {
      if (type.copilotName.equals(name)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
