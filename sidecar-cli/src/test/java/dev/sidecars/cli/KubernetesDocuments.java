package dev.sidecars.cli;

import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1PodSpec;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes documents {@code render --to k8s} writes, each read by the official Kubernetes
 * Java model (io.kubernetes:client-java-api), whose {@code fromJson} rejects unknown fields and
 * missing required ones. Written by others; never loosened.
 */
final class KubernetesDocuments {
  private static final JsonMapper JSON = new JsonMapper();

  private KubernetesDocuments() {}

  /**
   * Splits multi-document YAML.
   *
   * @param yaml the text
   * @return its documents, in order
   */
  static List<JsonNode> split(String yaml) {
    List<JsonNode> documents = new ArrayList<>();
    YAMLMapper mapper = new YAMLMapper();
    for (String text : yaml.split("(?m)^---\\s*$")) {
      if (!text.isBlank()) {
        documents.add(mapper.readTree(text));
      }
    }
    return documents;
  }

  /**
   * Reads each document with the official model.
   *
   * @param documents the documents
   * @return their kinds, in order
   * @throws AssertionError when a kind is not one the emitter writes, or a pod has no container
   * @throws java.io.IOException when the model rejects a document
   */
  static List<String> checkedKinds(List<JsonNode> documents) throws java.io.IOException {
    List<String> kinds = new ArrayList<>();
    for (JsonNode document : documents) {
      String json = JSON.writeValueAsString(document);
      String kind = document.get("kind").asString();
      kinds.add(kind);
      switch (kind) {
        case "ConfigMap":
          V1ConfigMap.fromJson(json);
          break;
        case "Deployment":
          hasContainers(V1Deployment.fromJson(json).getSpec().getTemplate().getSpec(), kind);
          break;
        case "Job":
          hasContainers(V1Job.fromJson(json).getSpec().getTemplate().getSpec(), kind);
          break;
        case "CronJob":
          hasContainers(V1CronJob.fromJson(json).getSpec().getJobTemplate().getSpec().getTemplate().getSpec(), kind);
          break;
        default:
          throw new AssertionError("unexpected kind " + kind);
      }
    }
    return kinds;
  }

  private static void hasContainers(V1PodSpec pod, String kind) {
    if (pod.getContainers() == null || pod.getContainers().isEmpty()) {
      throw new AssertionError("the " + kind + "'s pod has no containers");
    }
  }
}
