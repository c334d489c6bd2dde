package dev.sidecars.k8s;

import dev.sidecars.k8s.internal.YamlText;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Service;

/**
 * The official Kubernetes Java model (io.kubernetes:client-java-api) as a strict oracle: its
 * {@code fromJson} rejects unknown fields and missing required ones. Written by others; never
 * loosened.
 */
final class KubernetesOracle {
  private KubernetesOracle() {}

  /**
   * Parses every object of a result.
   *
   * @param result the result
   * @return the pod spec as the official model reads it
   * @throws Exception when the model rejects an object
   */
  static V1PodSpec check(KubernetesResult result) throws Exception {
    for (io.fabric8.kubernetes.api.model.ConfigMap configMap : result.configMaps()) {
      V1ConfigMap.fromJson(YamlText.json(configMap));
    }
    if (result.service().isPresent()) {
      V1Service.fromJson(YamlText.json(result.service().get()));
    }
    if (result.workload().isPresent()) {
      HasMetadata workload = result.workload().get();
      String json = YamlText.json(workload);
      switch (workload.getKind()) {
        case "Deployment":
          return V1Deployment.fromJson(json).getSpec().getTemplate().getSpec();
        case "Job":
          return V1Job.fromJson(json).getSpec().getTemplate().getSpec();
        case "CronJob":
          return V1CronJob.fromJson(json).getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        default:
          throw new AssertionError("unexpected kind " + workload.getKind());
      }
    }
    return pod(result.podSpec());
  }

  static V1PodSpec pod(PodSpec spec) throws Exception {
    return V1PodSpec.fromJson(YamlText.json(spec));
  }

  /**
   * Parses one workload document of a file as the official model reads its kind.
   *
   * @param kind the document's kind
   * @param json the document as JSON
   * @return the pod spec
   * @throws Exception when the model rejects the document
   */
  static V1PodSpec workload(String kind, String json) throws Exception {
    switch (kind) {
      case "Deployment":
        return V1Deployment.fromJson(json).getSpec().getTemplate().getSpec();
      case "StatefulSet":
        return io.kubernetes.client.openapi.models.V1StatefulSet.fromJson(json).getSpec().getTemplate().getSpec();
      case "DaemonSet":
        return io.kubernetes.client.openapi.models.V1DaemonSet.fromJson(json).getSpec().getTemplate().getSpec();
      case "Job":
        return V1Job.fromJson(json).getSpec().getTemplate().getSpec();
      case "CronJob":
        return V1CronJob.fromJson(json).getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
      case "Pod":
        return io.kubernetes.client.openapi.models.V1Pod.fromJson(json).getSpec();
      default:
        throw new AssertionError("unexpected kind " + kind);
    }
  }
}
