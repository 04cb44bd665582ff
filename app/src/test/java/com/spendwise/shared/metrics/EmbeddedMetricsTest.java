package com.spendwise.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.MutableClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EmbeddedMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final MutableClock clock = new MutableClock();
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void eachMinuteWritesTheChangeOfCountersTheLagAndLatencyByRoute() {
    AtomicInteger lag = new AtomicInteger(0);
    Gauge.builder("spendwise.recurring.lag", lag, AtomicInteger::get).register(registry);
    Counter writes = registry.counter("spendwise.ledger.writes");
    Counter interrupted = registry.counter("spendwise.imports.failed", "reason", "interrupted");
    registry.counter("spendwise.imports.failed", "reason", "refused").increment(4);
    Timer list =
        registry.timer(
            "http.server.requests",
            "method",
            "GET",
            "uri",
            "/api/v1/transactions",
            "status",
            "200");
    Timer listFailed =
        registry.timer(
            "http.server.requests",
            "method",
            "GET",
            "uri",
            "/api/v1/transactions",
            "status",
            "500");
    EmbeddedMetrics metrics = new EmbeddedMetrics(registry, "prod", clock);

    writes.increment(10);
    list.record(Duration.ofMillis(10));
    listFailed.record(Duration.ofMillis(30));
    List<JsonNode> first = parse(metrics.lines());

    writes.increment(5);
    interrupted.increment();
    lag.set(7200);
    List<JsonNode> second = parse(metrics.lines());

    JsonNode service = first.get(0);
    assertThat(service.get("Environment").asString()).isEqualTo("prod");
    assertThat(service.get("LedgerWrites").asDouble()).isEqualTo(10);
    assertThat(service.get("ImportJobsRefused").asDouble()).isEqualTo(4);
    JsonNode declared = service.get("_aws").get("CloudWatchMetrics").get(0);
    assertThat(declared.get("Namespace").asString()).isEqualTo("SpendWise");
    assertThat(declared.get("Dimensions").get(0).get(0).asString()).isEqualTo("Environment");
    assertThat(declared.get("Metrics").valueStream().map(m -> m.get("Name").asString()))
        .containsExactlyInAnyOrder(
            "SchedulerLagSeconds", "ImportJobsFailed", "ImportJobsRefused", "LedgerWrites");
    JsonNode route = first.get(1);
    assertThat(route.get("Route").asString()).isEqualTo("GET /api/v1/transactions");
    assertThat(route.get("Requests").asDouble()).isEqualTo(2);
    assertThat(route.get("RequestLatencyMs").asDouble()).isEqualTo(20);

    assertThat(second.get(0).get("LedgerWrites").asDouble()).as("only what changed").isEqualTo(5);
    assertThat(second.get(0).get("ImportJobsFailed").asDouble()).isEqualTo(1);
    assertThat(second.get(0).get("ImportJobsRefused").asDouble()).isZero();
    assertThat(second.get(0).get("SchedulerLagSeconds").asDouble()).isEqualTo(7200);
    assertThat(second).as("a route without requests this minute is left out").hasSize(1);
  }

  private List<JsonNode> parse(List<String> lines) {
    for (String line : lines) {
      assertThat(line).doesNotContain("\n");
    }
    return lines.stream().map(json::readTree).toList();
  }
}
