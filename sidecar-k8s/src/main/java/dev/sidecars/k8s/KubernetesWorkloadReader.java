package dev.sidecars.k8s;

import dev.sidecars.formats.ManifestException;
import dev.sidecars.formats.ManifestFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads Kubernetes workloads into the model: every Deployment, StatefulSet, DaemonSet, Job,
 * CronJob and Pod of a single- or multi-document YAML file (or a JSON one); other documents
 * are passed over. docs/import.md gives the mapping: the main container is the one the
 * {@code kubectl.kubernetes.io/default-container} annotation names, else the first; init
 * containers, native sidecars and their startup probes become dependencies; every field the
 * model does not hold is a warning.
 *
 * <pre>{@code
 * List<KubernetesImport> workloads = KubernetesWorkloadReader.create().read(Path.of("deploy.yaml"));
 * }</pre>
 *
 * <p>Input is bounded as the manifest readers bound it; an error is a {@link ManifestException}
 * with file, line, column and path.
 */
public final class KubernetesWorkloadReader {
  /** The code of the warning for a field the model does not hold. */
  public static final String NOT_MODELLED = "import.not-modelled";

  private KubernetesWorkloadReader() {}

  /** @return a reader */
  public static KubernetesWorkloadReader create() {
    return new KubernetesWorkloadReader();
  }

  /**
   * Whether a file holds a Kubernetes workload this reader takes: a document with an
   * {@code apiVersion} that is not Sidecars' own and one of the kinds above.
   *
   * @param text the file
   * @return true when it does; false for anything else, malformed text included
   */
  public static boolean recognises(String text) {
    return WorkloadImport.recognises(text);
  }

  /**
   * Reads a file.
   *
   * @param file the file, UTF-8
   * @return each workload, in document order
   * @throws ManifestException when the file cannot be read, holds no workload, or a workload is malformed
   */
  public List<KubernetesImport> read(Path file) {
    return read(ManifestFiles.read(file), file.toString());
  }

  /**
   * Reads a text.
   *
   * @param text the documents
   * @param source their name in messages
   * @return each workload, in document order
   * @throws ManifestException when the text holds no workload, or a workload is malformed
   */
  public List<KubernetesImport> read(String text, String source) {
    return WorkloadImport.read(text, source);
  }
}
