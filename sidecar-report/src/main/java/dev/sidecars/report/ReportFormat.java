package dev.sidecars.report;

import dev.sidecars.report.internal.SarifLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The three ways a report is written: text for people, JSON for scripts (its schema is
 * {@link #jsonSchema()}), SARIF 2.1.0 for code scanning. The shapes are written down in
 * docs/cli.md; {@code sidecar validate --output} prints them.
 */
public enum ReportFormat {
  /** {@code FILE:LINE:COLUMN: error|warning: MESSAGE [CODE]} lines, then {@code N errors, M warnings}. */
  TEXT {
    @Override
    public String write(List<FileReport> reports, String version) {
      StringBuilder out = new StringBuilder();
      for (FileReport report : reports) {
        for (Finding finding : report.findings()) {
          out.append(finding.toText()).append('\n');
        }
      }
      return out.append(errors(reports)).append(" errors, ").append(warnings(reports)).append(" warnings\n").toString();
    }
  },
  /** One JSON document: files, their violations, and the totals. */
  JSON {
    @Override
    public String write(List<FileReport> reports, String version) {
      List<Object> files = new ArrayList<>();
      for (FileReport report : reports) {
        List<Object> violations = new ArrayList<>();
        for (Finding finding : report.findings()) {
          Map<String, Object> v = new LinkedHashMap<>();
          v.put("code", finding.code());
          v.put("severity", finding.severity());
          v.put("path", finding.path());
          v.put("message", finding.message());
          v.put("line", finding.line().isPresent() ? finding.line().getAsInt() : null);
          v.put("column", finding.column().isPresent() ? finding.column().getAsInt() : null);
          v.put("environments", finding.environments().isEmpty() ? null : finding.environments());
          violations.add(v);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("file", report.file());
        file.put("violations", violations);
        files.add(file);
      }
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("files", files);
      root.put("errors", errors(reports));
      root.put("warnings", warnings(reports));
      return json(root);
    }
  },
  /** SARIF 2.1.0, one run whose driver is {@code sidecar}, for code scanning. */
  SARIF {
    @Override
    public String write(List<FileReport> reports, String version) {
      return json(SarifLog.of(reports, version));
    }
  };

  private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
      .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
      .build();

  /**
   * Writes the report.
   *
   * @param reports one per file, in the order given
   * @param version the tool's version, for SARIF's driver
   * @return the text, ending in a newline
   */
  public abstract String write(List<FileReport> reports, String version);

  /**
   * The JSON Schema (draft 2020-12) of what {@link #JSON} writes.
   *
   * @return the schema's text
   */
  public static String jsonSchema() {
    try (java.io.InputStream in = ReportFormat.class.getResourceAsStream("report.schema.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("the report schema is missing from the jar", e);
    }
  }

  static long errors(List<FileReport> reports) {
    return reports.stream().mapToLong(FileReport::errors).sum();
  }

  static long warnings(List<FileReport> reports) {
    return reports.stream().mapToLong(FileReport::warnings).sum();
  }

  static String json(Object tree) {
    return MAPPER.writeValueAsString(tree) + "\n";
  }
}
