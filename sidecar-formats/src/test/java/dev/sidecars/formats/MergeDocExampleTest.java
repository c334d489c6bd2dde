package dev.sidecars.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sidecars.model.Container;
import dev.sidecars.model.ContainerPatch;
import dev.sidecars.model.HealthCheckPatch;
import dev.sidecars.model.ListPatch;
import dev.sidecars.model.MapPatch;
import dev.sidecars.model.Patches;
import dev.sidecars.model.Port;
import dev.sidecars.model.SidecarTemplate;
import dev.sidecars.model.SidecarsPatch;
import dev.sidecars.model.Variable;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadPatch;
import dev.sidecars.model.WorkloadType;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/merge.md: its Java code is {@link #example} to the letter, and
 * applying it to the doc's template gives the doc's result, entries in the same order.
 */
class MergeDocExampleTest {
  private static final String DOC = "../docs/merge.md";
  private final NativeManifest manifest = NativeManifest.create();

  private static String block(String marker) {
    String doc = ProjectFiles.read(DOC);
    String after = doc.substring(doc.indexOf(marker));
    int start = after.indexOf("```");
    int bodyStart = after.indexOf('\n', start) + 1;
    return after.substring(bodyStart, after.indexOf("```", bodyStart));
  }

  private Workload example(SidecarTemplate template) {
    // merge-example:start
    ContainerPatch service = ContainerPatch.builder()
        .environment(MapPatch.<Variable>empty().upsert("UPSTREAM", Variable.plain("orders:8080")))
        .labels(MapPatch.<String>empty().upsert("service", "orders"))
        .ports(ListPatch.<Port>empty().remove("10000/tcp").upsert(Port.tcp(15000)))
        .build();
    Workload orders = Workload.builder()
        .name("orders")
        .type(WorkloadType.BACKEND_SERVICE)
        .main(Container.builder().name("orders").image("acme/orders:3.2").addPort("8080").build())
        .addSidecar(template.instantiate(service))
        .build();
    WorkloadPatch prod = WorkloadPatch.builder()
        .sidecars(SidecarsPatch.empty().upsert("envoy", ContainerPatch.builder()
            .image("envoyproxy/envoy:v1.31")
            .environment(MapPatch.<Variable>empty().upsert("LOG_LEVEL", Variable.plain("warn")).remove("ADMIN_PORT"))
            .healthCheck(HealthCheckPatch.builder().interval(Duration.ofSeconds(5)).build())
            .build()))
        .build();
    Workload result = Patches.apply(orders, prod);
    // merge-example:end
    return result;
  }

  @Test
  void docCodeIsThisTestsCode() {
    String source = ProjectFiles.read("src/test/java/dev/sidecars/formats/MergeDocExampleTest.java");
    String testCode = ProjectFiles.between(source, "// merge-example:start", "// merge-example:end");
    assertThat(normalize(block("<!-- merge-example:code"))).isEqualTo(normalize(testCode));
  }

  @Test
  void templatePlusTwoOverridesGivesTheDocumentedResult() {
    SidecarTemplate template = manifest.readTemplate(block("<!-- merge-example:template"), DOC);
    Workload expected = manifest.readWorkload(block("<!-- merge-example:result"), DOC);

    Workload result = example(template);

    assertThat(result).isEqualTo(expected);
    assertThat(manifest.write(result, ManifestFormat.YAML)).isEqualTo(manifest.write(expected, ManifestFormat.YAML));
  }

  private static List<String> normalize(String code) {
    return Arrays.stream(code.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
