package dev.sidecars.model;

/**
 * An element of a keyed list: the key says which element of a base list a patch element
 * replaces. Ports are keyed by number and protocol, mounts by container path, ConfigMaps,
 * secret mounts and volumes by name.
 */
public interface Keyed {

  /**
   * The element's key in its list.
   *
   * @return for example {@code "8080/tcp"} for a port or {@code "/data"} for a mount
   */
  String key();
}
