package com.spendwise.shared.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service's own figures as CloudWatch's embedded metric format: JSON lines that CloudWatch Logs
 * turns into metrics of namespace {@code SpendWise}, dimension {@code Environment} (and {@code
 * Route} for request latency). Counters are written as what changed since the previous lines, so
 * CloudWatch can sum instances; the scheduler lag is this instance's reading (CloudWatch takes the
 * maximum).
 *
 * <p>Why this rather than Micrometer's CloudWatch registry or the CloudWatch agent: no AWS SDK
 * client, permission or network path for metrics, no sidecar; the log stream the tasks already
 * write carries them.
 */
public final class EmbeddedMetrics {

  static final String NAMESPACE = "SpendWise";
  private static final int MAX_ROUTES = 50;

  private final MeterRegistry registry;
  private final String environment;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, Double> previous = new HashMap<>();

  public EmbeddedMetrics(MeterRegistry registry, String environment, Clock clock) {
    this.registry = registry;
    this.environment = environment;
    this.clock = clock;
  }

  /** The lines for the minute just ended; counters as their change since the last call. */
  public synchronized List<String> lines() {
    long now = clock.millis();
    List<String> lines = new ArrayList<>();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("SchedulerLagSeconds", gauge("spendwise.recurring.lag"));
    figures.put(
        "ImportJobsFailed", delta("failed", counter("spendwise.imports.failed", "interrupted")));
    figures.put(
        "ImportJobsRefused", delta("refused", counter("spendwise.imports.failed", "refused")));
    figures.put("LedgerWrites", delta("writes", counter("spendwise.ledger.writes", null)));
    lines.add(
        document(
            now,
            List.of("Environment"),
            Map.of(
                "SchedulerLagSeconds", "Seconds",
                "ImportJobsFailed", "Count",
                "ImportJobsRefused", "Count",
                "LedgerWrites", "Count"),
            figures));
    Map<String, double[]> routes = new TreeMap<>();
    for (Timer timer : registry.find("http.server.requests").timers()) {
      String route = timer.getId().getTag("method") + " " + timer.getId().getTag("uri");
      double[] sums = routes.computeIfAbsent(route, r -> new double[2]);
      sums[0] += timer.count();
      sums[1] += timer.totalTime(TimeUnit.MILLISECONDS);
    }
    int written = 0;
    for (Map.Entry<String, double[]> route : routes.entrySet()) {
      double count = delta("count " + route.getKey(), route.getValue()[0]);
      double millis = delta("millis " + route.getKey(), route.getValue()[1]);
      if (count <= 0 || written++ >= MAX_ROUTES) {
        continue;
      }
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("Route", route.getKey());
      values.put("Requests", count);
      values.put("RequestLatencyMs", millis / count);
      lines.add(
          document(
              now,
              List.of("Environment", "Route"),
              Map.of("Requests", "Count", "RequestLatencyMs", "Milliseconds"),
              values));
    }
    return lines;
  }

  private String document(
      long timestamp,
      List<String> dimensions,
      Map<String, String> units,
      Map<String, Object> values) {
    List<Map<String, String>> metrics = new ArrayList<>();
    new TreeMap<>(units).forEach((name, unit) -> metrics.add(Map.of("Name", name, "Unit", unit)));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put(
        "_aws",
        Map.of(
            "Timestamp",
            timestamp,
            "CloudWatchMetrics",
            List.of(
                Map.of(
                    "Namespace", NAMESPACE,
                    "Dimensions", List.of(dimensions),
                    "Metrics", metrics))));
    document.put("Environment", environment);
    document.putAll(values);
    return json.writeValueAsString(document);
  }

  private double gauge(String name) {
    Gauge gauge = registry.find(name).gauge();
    return gauge == null ? 0 : gauge.value();
  }

  private double counter(String name, String reason) {
    var search = registry.find(name);
    if (reason != null) {
      search = search.tag("reason", reason);
    }
    return search.counters().stream().mapToDouble(Counter::count).sum();
  }

  private double delta(String key, double cumulative) {
    Double before = previous.put(key, cumulative);
    return before == null ? cumulative : Math.max(0, cumulative - before);
  }
}
