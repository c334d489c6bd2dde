package dev.sidecars.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into {@code version.properties} at build time. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"sidecar " + version()};
  }

  /** @return the version, for example {@code 0.1.0-SNAPSHOT} */
  public static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("/dev/sidecars/cli/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the sidecar jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
