/**
 * A user's module that emits for both platforms: the requires lines README.md gives. The
 * model, validation and formats modules come with them (requires transitive), and fabric8's
 * through sidecar-k8s, an automatic module.
 */
module consumer {
  requires dev.sidecars.ecs;
  requires dev.sidecars.k8s;
}
