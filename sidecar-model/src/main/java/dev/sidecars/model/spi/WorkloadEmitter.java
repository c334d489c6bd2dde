package dev.sidecars.model.spi;

import dev.sidecars.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Turns a workload into what one target runs, as text: an ECS task definition, a Kubernetes
 * manifest, ... Emitters are found through {@link ServiceLoader}, so a tool lists the targets on
 * its path, and a third party adds one (Nomad, Docker Compose) without touching this library.
 * They can also be created and passed in explicitly.
 */
public interface WorkloadEmitter {

  /**
   * The target's name, as a command line takes it.
   *
   * @return for example {@code "ecs"}, {@code "ecs-cloudformation"} or {@code "k8s"}
   */
  String target();

  /**
   * A one-line description for listings.
   *
   * @return for example {@code "ECS RegisterTaskDefinition request (--cli-input-json)"}
   */
  String description();

  /**
   * Emits a workload.
   *
   * @param workload the workload, valid for this target
   * @return the text the target takes
   * @throws EmitException (or a subclass) when the workload holds what the target cannot
   *     express, naming the field
   */
  String emit(Workload workload);

  /**
   * This emitter with a deployment's settings. An emitter reads the settings of its platform
   * and documents which; this default, for emitters that take none, refuses any setting rather
   * than drop it.
   *
   * @param settings the settings
   * @return an emitter with them
   * @throws UnsupportedOperationException when the emitter takes no settings and some are set
   */
  default WorkloadEmitter configure(EmitSettings settings) {
    if (!settings.isEmpty()) {
      throw new UnsupportedOperationException("the " + target() + " emitter takes no settings, and these are set: "
          + settings);
    }
    return this;
  }

  /**
   * The emitters on the class path or module path, in the order the service loader finds them.
   *
   * @return the emitters
   */
  static List<WorkloadEmitter> available() {
    List<WorkloadEmitter> emitters = new ArrayList<>();
    ServiceLoader.load(WorkloadEmitter.class).forEach(emitters::add);
    return emitters;
  }
}
