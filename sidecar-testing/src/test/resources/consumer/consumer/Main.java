package consumer;

import dev.sidecars.ecs.EcsEmitter;
import dev.sidecars.k8s.KubernetesEmitter;
import dev.sidecars.model.Container;
import dev.sidecars.model.Cpu;
import dev.sidecars.model.Memory;
import dev.sidecars.model.Workload;
import dev.sidecars.model.WorkloadType;

public class Main {
  public static void main(String[] args) {
    Workload api = Workload.builder().name("api").type(WorkloadType.BACKEND_SERVICE)
        .cpu(Cpu.ofEcsUnits(256)).memory(Memory.ofMebibytes(512))
        .main(Container.builder().name("api").image("example/api:1").build())
        .addSidecar(Container.builder().name("envoy").image("envoy:1").build()).build();
    System.out.println(EcsEmitter.create().emit(api).containerNames());
    System.out.println(KubernetesEmitter.create().emit(api).deployment().get().getMetadata().getName());
  }
}
