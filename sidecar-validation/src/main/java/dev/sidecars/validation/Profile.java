package dev.sidecars.validation;

/** A target whose rules a validator checks. */
public enum Profile {
  /** Amazon ECS: what {@code RegisterTaskDefinition} accepts and runs. */
  ECS,
  /** Kubernetes: what the API server accepts for a pod's containers. */
  KUBERNETES,
  /** AWS Copilot: what Copilot itself accepts in a manifest. */
  COPILOT
}
