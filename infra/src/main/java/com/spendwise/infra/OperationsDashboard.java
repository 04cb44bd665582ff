package com.spendwise.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.IWidget;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.TextWidget;
import software.constructs.Construct;

/**
 * The {@code SpendWise-<env>} dashboard: the alarms' figures, two graphs a row, and the service's
 * own.
 */
final class OperationsDashboard {

  private OperationsDashboard() {}

  /** What the alarms watch, and the ledger's writes. */
  record Figures(
      IMetric requests,
      IMetric errorRate,
      IMetric p99,
      IMetric unhealthy,
      IMetric taskCpu,
      IMetric taskMemory,
      IMetric dbCpu,
      IMetric connections,
      IMetric storage,
      IMetric memory,
      List<IMetric> replicaLag,
      IMetric schedulerLag,
      IMetric failedJobs,
      IMetric ledgerWrites) {}

  static Dashboard create(Construct scope, Environment env, Figures f) {
    List<IWidget> widgets = new ArrayList<>();
    widgets.add(
        TextWidget.Builder.create()
            .markdown(
                "# SpendWise "
                    + env.name()
                    + "\nAlarms go to the SNS topic; the README's Operations section says what to do for each.")
            .width(24)
            .height(2)
            .build());
    widgets.add(graph("Requests and 5xx %", List.of(f.requests()), List.of(f.errorRate())));
    widgets.add(graph("Response time p99 (s)", List.of(f.p99()), List.of()));
    widgets.add(graph("Healthy and unhealthy tasks", List.of(f.unhealthy()), List.of()));
    widgets.add(
        graph("Service CPU and memory (%)", List.of(f.taskCpu(), f.taskMemory()), List.of()));
    widgets.add(
        graph("Database CPU (%) and connections", List.of(f.dbCpu()), List.of(f.connections())));
    widgets.add(
        graph(
            "Database free storage and memory (bytes)",
            List.of(f.storage(), f.memory()),
            List.of()));
    if (!f.replicaLag().isEmpty()) {
      widgets.add(graph("Replica lag (s)", f.replicaLag(), List.of()));
    }
    widgets.add(
        graph(
            "Scheduler lag (s) and failed import jobs",
            List.of(f.schedulerLag()),
            List.of(f.failedJobs())));
    widgets.add(
        graph(
            "Ledger writes per second",
            List.of(
                MathExpression.Builder.create()
                    .expression("writes / PERIOD(writes)")
                    .usingMetrics(Map.of("writes", f.ledgerWrites()))
                    .label("writes/s")
                    .period(Duration.minutes(1))
                    .build()),
            List.of()));
    widgets.add(
        GraphWidget.Builder.create()
            .title("Request latency by route (ms, mean per minute)")
            .left(
                List.of(
                    MathExpression.Builder.create()
                        .expression(
                            "SEARCH('{"
                                + Monitoring.NAMESPACE
                                + ",Environment,Route} MetricName=\"RequestLatencyMs\" Environment=\""
                                + env.name()
                                + "\"', 'Average', 60)")
                        .label("")
                        .period(Duration.minutes(1))
                        .build()))
            .width(12)
            .build());
    Dashboard dashboard =
        Dashboard.Builder.create(scope, "Dashboard")
            .dashboardName("SpendWise-" + env.name())
            .build();
    for (int i = 0; i < widgets.size(); i += 2) {
      dashboard.addWidgets(
          widgets.subList(i, Math.min(i + 2, widgets.size())).toArray(IWidget[]::new));
    }
    return dashboard;
  }

  private static GraphWidget graph(String title, List<IMetric> left, List<IMetric> right) {
    return GraphWidget.Builder.create().title(title).left(left).right(right).width(12).build();
  }
}
