package com.spendwise.shared.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the service's figures once a minute in CloudWatch's embedded metric format, straight to
 * standard output (not through the logger: with structured logging each logged line becomes a JSON
 * document of its own, and the metric document must be the whole line). On when {@code
 * SPENDWISE_METRICS_EMF=true}, which the AWS stacks set.
 */
@Component
@ConditionalOnProperty(name = "spendwise.metrics.emf", havingValue = "true")
class EmbeddedMetricsJob {

  private final EmbeddedMetrics metrics;
  private final PrintStream out = System.out;

  EmbeddedMetricsJob(
      MeterRegistry registry,
      Clock clock,
      @Value("${spendwise.metrics.environment}") String environment) {
    this.metrics = new EmbeddedMetrics(registry, environment, clock);
  }

  @Scheduled(fixedRate = 60_000, initialDelay = 60_000)
  void write() {
    for (String line : metrics.lines()) {
      out.println(line);
    }
  }
}
