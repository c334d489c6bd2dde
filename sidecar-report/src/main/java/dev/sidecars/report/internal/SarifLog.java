package dev.sidecars.report.internal;

import dev.sidecars.report.FileReport;
import dev.sidecars.report.Finding;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a SARIF 2.1.0 log: one run, the {@code sidecar} driver with one rule per code found,
 * and one result per finding with its file and, when known, line and column, so code scanning
 * shows it on the line.
 */
public final class SarifLog {
  /** The schema the log names. */
  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifLog() {}

  /**
   * The log of some reports.
   *
   * @param reports one per file
   * @param version the tool's version
   * @return the log as a tree of maps and lists
   */
  public static Map<String, Object> of(List<FileReport> reports, String version) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Object> rules = new ArrayList<>();
    List<Object> results = new ArrayList<>();
    for (FileReport report : reports) {
      for (Finding finding : report.findings()) {
        Integer index = ruleIndex.get(finding.code());
        if (index == null) {
          index = rules.size();
          ruleIndex.put(finding.code(), index);
          rules.add(rule(finding.code()));
        }
        results.add(result(finding, index));
      }
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "sidecar");
    driver.put("version", version);
    driver.put("rules", rules);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return log;
  }

  private static Map<String, Object> rule(String code) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", code);
    rule.put("name", code);
    rule.put("shortDescription", Map.of("text", code));
    return rule;
  }

  /**
   * The file as a URI reference: a relative path stays relative (code scanning resolves it
   * against the repository), with forward slashes and percent-encoding; an absolute path becomes
   * a {@code file:} URI.
   */
  public static String uri(String file) {
    Path path = Path.of(file);
    // SARIF URIs are RFC 3986: every character outside ASCII is percent-encoded as UTF-8
    if (path.isAbsolute()) {
      return path.toUri().toASCIIString();
    }
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot make a URI of " + file, e);
    }
  }

  private static Map<String, Object> result(Finding finding, int ruleIndex) {
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("uri", uri(finding.file()));
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    // A finding about the whole file has no line; code scanning places a result only where
    // startLine is given, so such a finding is shown on the first line.
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", finding.line().orElse(1));
    if (finding.line().isPresent()) {
      finding.column().ifPresent(column -> region.put("startColumn", column));
    }
    physical.put("region", region);
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("physicalLocation", physical);
    if (!finding.path().isEmpty()) {
      location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", finding.path())));
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", finding.code());
    result.put("ruleIndex", ruleIndex);
    result.put("level", finding.severity());
    String scope = finding.environments().isEmpty() ? "" : "[" + String.join(", ", finding.environments()) + "] ";
    result.put("message", Map.of("text", scope + finding.message()));
    result.put("locations", List.of(location));
    if (!finding.environments().isEmpty()) {
      result.put("properties", Map.of("environments", finding.environments()));
    }
    return result;
  }
}
