package com.spendwise.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.ecs.patterns.ApplicationLoadBalancedFargateService;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/**
 * What pages a person at night, per environment: an SNS topic (optionally mailed to {@code -c
 * <env>.alarmEmail=}), an alarm on each figure that says the database, the load balancer, the tasks
 * or the service's own work is in trouble, and a dashboard of the same figures. Thresholds, and why
 * each, are in {@link Environment.Operations}.
 *
 * <p>The service's own figures (scheduler lag, failed import jobs, ledger writes, request latency
 * by route) come from its log stream: it writes them once a minute in CloudWatch's embedded metric
 * format, which CloudWatch Logs turns into metrics of namespace {@value #NAMESPACE}. No agent, no
 * extra permission, nothing to reach over the network.
 */
public final class Monitoring extends Construct {

  public static final String NAMESPACE = "SpendWise";

  private final Topic topic;

  public Monitoring(
      Construct scope,
      String id,
      Environment env,
      Database database,
      ApplicationLoadBalancedFargateService service) {
    super(scope, id);
    Environment.Operations ops = env.operations();
    topic =
        Topic.Builder.create(this, "Alarms")
            .displayName("SpendWise " + env.name() + " alarms")
            .build();
    if (env.options().alarmEmail() != null) {
      topic.addSubscription(new EmailSubscription(env.options().alarmEmail()));
    }
    DatabaseInstance db = database.instance();
    Duration five = Duration.minutes(5);

    IMetric dbCpu = db.metricCPUUtilization(props(five, "Average"));
    alarm(
        "DatabaseCpu",
        dbCpu,
        ops.databaseCpuPercent(),
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        3,
        "Database CPU above " + ops.databaseCpuPercent() + "% for 15 minutes");
    IMetric storage = db.metricFreeStorageSpace(props(five, "Minimum"));
    alarm(
        "DatabaseFreeStorage",
        storage,
        ops.freeStorageBytes(),
        ComparisonOperator.LESS_THAN_THRESHOLD,
        1,
        "Database free storage below " + (ops.freeStorageBytes() >> 20) + " MiB");
    IMetric memory = db.metricFreeableMemory(props(five, "Minimum"));
    alarm(
        "DatabaseFreeableMemory",
        memory,
        ops.freeableMemoryBytes(),
        ComparisonOperator.LESS_THAN_THRESHOLD,
        3,
        "Database freeable memory below " + (ops.freeableMemoryBytes() >> 20) + " MiB");
    IMetric connections = db.metricDatabaseConnections(props(five, "Maximum"));
    alarm(
        "DatabaseConnections",
        connections,
        ops.maxConnections(),
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        2,
        "Database connections above " + ops.maxConnections() + " (80% of the class's limit)");
    List<IMetric> replicaLag = new ArrayList<>();
    database
        .replica()
        .ifPresent(
            replica -> {
              IMetric lag =
                  Metric.Builder.create()
                      .namespace("AWS/RDS")
                      .metricName("ReplicaLag")
                      .dimensionsMap(
                          Map.of("DBInstanceIdentifier", replica.getInstanceIdentifier()))
                      .statistic("Maximum")
                      .period(five)
                      .build();
              replicaLag.add(lag);
              alarm(
                  "ReplicaLag",
                  lag,
                  ops.replicaLagSeconds(),
                  ComparisonOperator.GREATER_THAN_THRESHOLD,
                  2,
                  "Read replica more than " + ops.replicaLagSeconds() + " s behind");
            });

    var balancer = service.getLoadBalancer().getMetrics();
    IMetric requests = balancer.requestCount(props(five, "Sum"));
    IMetric target5xx =
        balancer.httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, props(five, "Sum"));
    IMetric elb5xx = balancer.httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, props(five, "Sum"));
    IMetric errorRate =
        MathExpression.Builder.create()
            .expression("IF(requests > 0, 100 * (target5xx + elb5xx) / requests, 0)")
            .usingMetrics(Map.of("requests", requests, "target5xx", target5xx, "elb5xx", elb5xx))
            .label("5xx % of requests")
            .period(five)
            .build();
    alarm(
        "Http5xxRate",
        errorRate,
        ops.http5xxPercent(),
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        1,
        "More than " + ops.http5xxPercent() + "% of requests failed with 5xx");
    IMetric p99 = balancer.targetResponseTime(props(five, "p99"));
    alarm(
        "ResponseTimeP99",
        p99,
        ops.p99ResponseSeconds(),
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        2,
        "p99 response time above " + ops.p99ResponseSeconds() + " s");
    IMetric unhealthy =
        service
            .getTargetGroup()
            .getMetrics()
            .unhealthyHostCount(props(Duration.minutes(1), "Maximum"));
    alarm(
        "UnhealthyTargets",
        unhealthy,
        0,
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        5,
        "A task has failed its health check for 5 minutes");
    IMetric taskCpu = service.getService().metricCpuUtilization(props(five, "Average"));
    alarm(
        "ServiceCpu",
        taskCpu,
        ops.serviceCpuPercent(),
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        3,
        "Service CPU above " + ops.serviceCpuPercent() + "% for 15 minutes");
    IMetric taskMemory = service.getService().metricMemoryUtilization(props(five, "Average"));
    alarm(
        "ServiceMemory",
        taskMemory,
        ops.serviceMemoryPercent(),
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        3,
        "Service memory above " + ops.serviceMemoryPercent() + "% for 15 minutes");

    IMetric schedulerLag = own(env, "SchedulerLagSeconds", "Maximum", five);
    alarm(
        "SchedulerLag",
        schedulerLag,
        ops.schedulerLagSeconds(),
        ComparisonOperator.GREATER_THAN_THRESHOLD,
        2,
        "A due recurring transaction is more than " + ops.schedulerLagSeconds() + " s late");
    IMetric failedJobs = own(env, "ImportJobsFailed", "Sum", Duration.hours(1));
    alarm(
        "ImportJobsFailed",
        failedJobs,
        ops.failedImportJobs(),
        ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        1,
        "An import job failed in the last hour");

    OperationsDashboard.create(
        this,
        env,
        new OperationsDashboard.Figures(
            requests,
            errorRate,
            p99,
            unhealthy,
            taskCpu,
            taskMemory,
            dbCpu,
            connections,
            storage,
            memory,
            replicaLag,
            schedulerLag,
            failedJobs,
            own(env, "LedgerWrites", "Sum", Duration.minutes(1))));
  }

  public Topic topic() {
    return topic;
  }

  private static MetricOptions props(Duration period, String statistic) {
    return MetricOptions.builder().period(period).statistic(statistic).build();
  }

  /** One of the service's own metrics, for this environment. */
  static IMetric own(Environment env, String name, String statistic, Duration period) {
    return Metric.Builder.create()
        .namespace(NAMESPACE)
        .metricName(name)
        .dimensionsMap(Map.of("Environment", env.name()))
        .statistic(statistic)
        .period(period)
        .build();
  }

  private void alarm(
      String id,
      IMetric metric,
      double threshold,
      ComparisonOperator comparison,
      int periods,
      String description) {
    Alarm alarm =
        Alarm.Builder.create(this, id)
            .metric(metric)
            .threshold(threshold)
            .comparisonOperator(comparison)
            .evaluationPeriods(periods)
            .datapointsToAlarm(periods)
            .treatMissingData(TreatMissingData.NOT_BREACHING)
            .alarmDescription(description + ". Runbook: README, Operations, alarm " + id + ".")
            .build();
    alarm.addAlarmAction(new SnsAction(topic));
    alarm.addOkAction(new SnsAction(topic));
  }
}
