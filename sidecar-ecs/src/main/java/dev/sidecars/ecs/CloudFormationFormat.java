package dev.sidecars.ecs;

/** The notation of an emitted CloudFormation template. */
public enum CloudFormationFormat {
  /** YAML, as Copilot writes templates. */
  YAML,
  /** JSON. */
  JSON
}
