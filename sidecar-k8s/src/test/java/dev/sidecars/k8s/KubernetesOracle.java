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
}
