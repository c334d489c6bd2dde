package dev.sidecars.formats.internal;

import dev.sidecars.model.Container;
import dev.sidecars.model.Port;
import dev.sidecars.model.Protocol;
import dev.sidecars.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ports Copilot opens on containers besides their own {@code port}: a load-balancer rule
 * or listener with a {@code target_port} (or, for a listener, its own port) opens that port on
 * its {@code target_container}; without a target container, on the container whose own port it
 * is, else on the main container. NLB {@code tls} listeners open TCP ports. A container's ports
 * come out in ascending order, as Copilot renders them.
 */
public final class CopilotExposure {
  private final Reading reading;

  /**
   * Creates the computation.
   *
   * @param reading the source's conversions
   */
  public CopilotExposure(Reading reading) {
    this.reading = reading;
  }

  /**
   * Adds the ports opened by {@code http} and {@code nlb} rules.
   *
   * @param workload the workload with each container's own ports
   * @param http the merged {@code http} section, if any
   * @param nlb the merged {@code nlb} section, if any
   * @param path where the sections are ({@code ""} or {@code environments.prod})
   * @return the workload with every exposed port
   */
  public Workload expose(Workload workload, Optional<Node> http, Optional<Node> nlb, String path) {
    // by container name; a name used twice (which validation reports) keeps its first container
    Map<String, List<Port>> ports = new LinkedHashMap<>();
    for (Container container : workload.containers()) {
      ports.putIfAbsent(container.name(), new ArrayList<>(container.ports()));
    }
    if (http.isPresent() && http.get() instanceof Node.MapNode) {
      String httpPath = join(path, "http");
      List<Node> rules = new ArrayList<>();
      rules.add(http.get());
      Fields f = reading.open(http.get(), httpPath);
      f.value("additional_rules").ifPresent(n -> rules.addAll(listItems(n, f.path("additional_rules"))));
      for (int i = 0; i < rules.size(); i++) {
        String rulePath = i == 0 ? httpPath : httpPath + ".additional_rules[" + (i - 1) + "]";
        Fields rule = reading.open(rules.get(i), rulePath);
        Optional<Integer> targetPort = rule.optional("target_port", reading::integer);
        if (targetPort.isPresent()) {
          Port port = reading.build(rules.get(i), rulePath, Map.of("port", "target_port"), () -> Port.tcp(targetPort.get()));
          open(workload, ports, target(rule), port, rule, rulePath);
        }
      }
    }
    if (nlb.isPresent() && nlb.get() instanceof Node.MapNode) {
      String nlbPath = join(path, "nlb");
      List<Node> listeners = new ArrayList<>();
      listeners.add(nlb.get());
      Fields f = reading.open(nlb.get(), nlbPath);
      f.value("additional_listeners").ifPresent(n -> listeners.addAll(listItems(n, f.path("additional_listeners"))));
      for (int i = 0; i < listeners.size(); i++) {
        String listenerPath = i == 0 ? nlbPath : nlbPath + ".additional_listeners[" + (i - 1) + "]";
        Fields listener = reading.open(listeners.get(i), listenerPath);
        Optional<Node> portNode = listener.value("port");
        if (portNode.isEmpty()) {
          continue;
        }
        String[] parts = reading.string(portNode.get(), listener.path("port")).split("/", -1);
        Protocol protocol = parts.length > 1 && parts[1].equalsIgnoreCase("udp") ? Protocol.UDP : Protocol.TCP;
        int number = listener.optional("target_port", reading::integer)
            .orElseGet(() -> reading.parsed(portNode.get(), listener.path("port"), text -> Integer.parseInt(text.split("/")[0])));
        Port port = reading.build(listeners.get(i), listenerPath,
            Map.of("port", listener.value("target_port").isPresent() ? "target_port" : "port"),
            () -> Port.of(number, protocol));
        open(workload, ports, target(listener), port, listener, listenerPath);
      }
    }
    Workload.Builder result = workload.toBuilder();
    java.util.Set<String> done = new java.util.HashSet<>();
    done.add(workload.main().name());
    result.main(withPorts(workload.main(), ports.get(workload.main().name())));
    List<Container> sidecars = new ArrayList<>();
    for (Container sidecar : workload.sidecars()) {
      sidecars.add(done.add(sidecar.name()) ? withPorts(sidecar, ports.get(sidecar.name())) : sidecar);
    }
    result.sidecars(sidecars);
    return result.build();
  }

  private static Optional<String> target(Fields rule) {
    Optional<Node> snake = rule.value("target_container");
    Optional<Node> camel = rule.value("targetContainer");
    return snake.or(() -> camel).map(n -> ((Node.ScalarNode) n).text());
  }

  private void open(Workload workload, Map<String, List<Port>> ports, Optional<String> target,
      Port port, Fields rule, String rulePath) {
    String container = target.orElseGet(() -> owner(workload, port.number()).orElse(workload.main().name()));
    List<Port> list = ports.get(container);
    if (list == null) {
      throw reading.error(rule.node(), rulePath, "target container \"" + container + "\" doesn't exist");
    }
    if (list.stream().noneMatch(p -> p.key().equals(port.key()))) {
      list.add(port);
    }
  }

  private static Optional<String> owner(Workload workload, int number) {
    for (Container sidecar : workload.sidecars()) {
      if (sidecar.ports().stream().anyMatch(p -> p.number() == number)) {
        return Optional.of(sidecar.name());
      }
    }
    return Optional.empty();
  }

  private static Container withPorts(Container container, List<Port> ports) {
    if (ports.equals(container.ports())) {
      return container;
    }
    List<Port> sorted = new ArrayList<>(ports);
    sorted.sort(Comparator.comparingInt(Port::number));
    return container.toBuilder().ports(sorted).build();
  }

  private List<Node> listItems(Node node, String path) {
    if (!(node instanceof Node.ListNode)) {
      throw reading.error(node, path, "expected a list, got " + node.describe());
    }
    return ((Node.ListNode) node).items();
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
