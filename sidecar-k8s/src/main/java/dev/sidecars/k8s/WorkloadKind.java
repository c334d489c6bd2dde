package dev.sidecars.k8s;

/** The Kubernetes object that holds the pod. */
public enum WorkloadKind {
  /** {@code apps/v1 Deployment}, for services. */
  DEPLOYMENT,
  /** {@code batch/v1 Job}. */
  JOB,
  /** {@code batch/v1 CronJob}, for scheduled jobs; needs a schedule. */
  CRON_JOB,
  /** A bare {@code PodSpec}, for embedding in an object of the caller's. */
  POD_SPEC
}
