package com.spendwise.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.assertions.Template;

/** Alarms, the dashboard, database insight, log retention, the replica and the firewall. */
class MonitoringTest {

  /** Dev with both options asked for (one synthesis for both tests; synthesis is slow). */
  private static final Environment ASKED =
      Environment.dev()
          .with(Environment.dev().options().withAlarmEmail("ops@example.com").withWaf());

  static List<Environment> environments() {
    return Synth.environments();
  }

  private static Map<String, Map<String, Object>> alarms(Template template) {
    return Synth.resources(template, "AWS::CloudWatch::Alarm");
  }

  /** Alarm properties by the construct id in their logical id ("DatabaseCpu", ...). */
  private static Map<String, Object> alarm(Template template, String id) {
    return alarms(template).entrySet().stream()
        .filter(e -> e.getKey().startsWith("Monitoring" + id))
        .map(e -> Synth.properties(e.getValue()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no alarm " + id + " in " + alarms(template).keySet()));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void everyAlarmWatchesItsMetricAtItsThresholdAndNotifiesTheTopic(Environment env) {
    Template template = Synth.of(env);
    Environment.Operations ops = env.operations();
    String topic =
        Synth.resources(template, "AWS::SNS::Topic").keySet().stream()
            .filter(id -> id.startsWith("MonitoringAlarms"))
            .findFirst()
            .orElseThrow();

    Map<String, Object[]> expected =
        Map.ofEntries(
            Map.entry("DatabaseCpu", new Object[] {"CPUUtilization", ops.databaseCpuPercent()}),
            Map.entry(
                "DatabaseFreeStorage",
                new Object[] {"FreeStorageSpace", (double) ops.freeStorageBytes()}),
            Map.entry(
                "DatabaseFreeableMemory",
                new Object[] {"FreeableMemory", (double) ops.freeableMemoryBytes()}),
            Map.entry(
                "DatabaseConnections",
                new Object[] {"DatabaseConnections", (double) ops.maxConnections()}),
            Map.entry(
                "ResponseTimeP99", new Object[] {"TargetResponseTime", ops.p99ResponseSeconds()}),
            Map.entry("UnhealthyTargets", new Object[] {"UnHealthyHostCount", 0.0}),
            Map.entry("ServiceCpu", new Object[] {"CPUUtilization", ops.serviceCpuPercent()}),
            Map.entry(
                "ServiceMemory", new Object[] {"MemoryUtilization", ops.serviceMemoryPercent()}),
            Map.entry(
                "SchedulerLag",
                new Object[] {"SchedulerLagSeconds", (double) ops.schedulerLagSeconds()}),
            Map.entry(
                "ImportJobsFailed",
                new Object[] {"ImportJobsFailed", (double) ops.failedImportJobs()}));
    expected.forEach(
        (id, metric) -> {
          Map<String, Object> alarm = alarm(template, id);
          assertThat(alarm.get("MetricName")).as(id).isEqualTo(metric[0]);
          assertThat(((Number) alarm.get("Threshold")).doubleValue()).as(id).isEqualTo(metric[1]);
          assertThat(targets(alarm.get("AlarmActions"))).as(id).containsExactly(topic);
          assertThat(targets(alarm.get("OKActions"))).as(id).containsExactly(topic);
          assertThat((String) alarm.get("AlarmDescription")).as(id).contains("Runbook");
        });
    Map<String, Object> own = alarm(template, "SchedulerLag");
    assertThat(own.get("Namespace")).isEqualTo("SpendWise");
    assertThat(own.get("Dimensions").toString()).contains("Environment").contains(env.name());

    Map<String, Object> errors = alarm(template, "Http5xxRate");
    assertThat(((Number) errors.get("Threshold")).doubleValue()).isEqualTo(ops.http5xxPercent());
    assertThat(errors.get("Metrics").toString())
        .contains("HTTPCode_Target_5XX_Count")
        .contains("HTTPCode_ELB_5XX_Count")
        .contains("RequestCount");
    assertThat(targets(errors.get("AlarmActions"))).containsExactly(topic);
  }

  @Test
  void onlyProdHasAReplicaAndItsLagIsWatched() {
    Template prod = Synth.of(Environment.prod());
    Template dev = Synth.of(Environment.dev());

    List<Map<String, Object>> prodDatabases =
        Synth.resources(prod, "AWS::RDS::DBInstance").values().stream()
            .map(Synth::properties)
            .toList();
    assertThat(prodDatabases).hasSize(2);
    assertThat(prodDatabases)
        .filteredOn(db -> db.containsKey("SourceDBInstanceIdentifier"))
        .singleElement()
        .satisfies(
            replica -> {
              assertThat(replica.get("PubliclyAccessible")).isEqualTo(false);
              assertThat(replica)
                  .as("encrypted as its source is; CloudFormation refuses it set twice")
                  .doesNotContainKey("StorageEncrypted");
              assertThat(replica.get("EnablePerformanceInsights")).isEqualTo(true);
            });
    Map<String, Object> lag = alarm(prod, "ReplicaLag");
    assertThat(lag.get("MetricName")).isEqualTo("ReplicaLag");
    assertThat(((Number) lag.get("Threshold")).doubleValue())
        .isEqualTo(Environment.prod().operations().replicaLagSeconds());

    Map<String, Object> prodTask = InfraConfigurationTest.taskEnvironment(prod);
    String replicaId =
        Synth.resources(prod, "AWS::RDS::DBInstance").entrySet().stream()
            .filter(e -> Synth.properties(e.getValue()).containsKey("SourceDBInstanceIdentifier"))
            .map(Map.Entry::getKey)
            .findFirst()
            .orElseThrow();
    assertThat(Synth.target(prodTask.get("SPENDWISE_DB_READ_HOST")))
        .as("the service reads reports from the replica")
        .isEqualTo(replicaId);
    assertThat(prodTask).containsKey("SPENDWISE_DB_READ_SECRET_ID");
    assertThat(InfraConfigurationTest.taskEnvironment(dev))
        .doesNotContainKey("SPENDWISE_DB_READ_HOST");

    assertThat(Synth.resources(dev, "AWS::RDS::DBInstance")).hasSize(1);
    assertThat(alarms(dev).keySet()).noneMatch(id -> id.startsWith("MonitoringReplicaLag"));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void performanceInsightsEverywhereEnhancedMonitoringInProdLogsExpire(Environment env) {
    Template template = Synth.of(env);
    Map<String, Object> primary =
        Synth.resources(template, "AWS::RDS::DBInstance").values().stream()
            .map(Synth::properties)
            .filter(db -> !db.containsKey("SourceDBInstanceIdentifier"))
            .findFirst()
            .orElseThrow();
    assertThat(primary.get("EnablePerformanceInsights")).isEqualTo(true);
    assertThat(primary.get("PerformanceInsightsRetentionPeriod")).isEqualTo(7);
    if (env.operations().enhancedMonitoring()) {
      assertThat(primary.get("MonitoringInterval")).isEqualTo(60);
      assertThat(primary).containsKey("MonitoringRoleArn");
    } else {
      assertThat(primary.getOrDefault("MonitoringInterval", 0)).isEqualTo(0);
    }

    int days = env.name().equals("prod") ? 365 : 30;
    List<Object> retentions =
        Synth.resources(template, "AWS::Logs::LogGroup").values().stream()
            .map(group -> Synth.properties(group).get("RetentionInDays"))
            .toList();
    assertThat(retentions).isNotEmpty().allMatch(r -> Integer.valueOf(days).equals(r));
    Map<String, Map<String, Object>> logRetention =
        Synth.resources(template, "Custom::LogRetention");
    assertThat(logRetention.values())
        .as("the database's exported logs (set through the CDK's log retention function)")
        .isNotEmpty()
        .allSatisfy(r -> assertThat(Synth.properties(r).get("RetentionInDays")).isEqualTo(days));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void aDashboardShowsTheSameFiguresAndTheServicesOwn(Environment env) {
    Template template = Synth.of(env);
    Map<String, Map<String, Object>> dashboards =
        Synth.resources(template, "AWS::CloudWatch::Dashboard");
    assertThat(dashboards).hasSize(1);
    Map<String, Object> dashboard = Synth.properties(dashboards.values().iterator().next());
    assertThat(dashboard.get("DashboardName")).isEqualTo("SpendWise-" + env.name());
    String body = dashboard.get("DashboardBody").toString();
    for (String metric :
        List.of(
            "CPUUtilization",
            "FreeStorageSpace",
            "FreeableMemory",
            "DatabaseConnections",
            "TargetResponseTime",
            "UnHealthyHostCount",
            "MemoryUtilization",
            "SchedulerLagSeconds",
            "ImportJobsFailed",
            "LedgerWrites",
            "RequestLatencyMs")) {
      assertThat(body).as(metric).contains(metric);
    }
  }

  @Test
  void anAlarmEmailSubscribesToTheTopic() {
    Template template = Synth.of(ASKED);

    template.hasResourceProperties(
        "AWS::SNS::Subscription", Map.of("Protocol", "email", "Endpoint", "ops@example.com"));
    assertThat(Synth.resources(Synth.of(Environment.dev()), "AWS::SNS::Subscription")).isEmpty();
  }

  @Test
  void theFirewallIsThereOnlyWhenAskedForAndGuardsTheLoadBalancer() {
    Environment dev = Environment.dev();
    assertThat(Synth.resources(Synth.of(dev), "AWS::WAFv2::WebACL")).isEmpty();

    Template template = Synth.of(ASKED);

    Map<String, Object> acl =
        Synth.properties(
            Synth.resources(template, "AWS::WAFv2::WebACL").values().iterator().next());
    assertThat(acl.get("Scope")).isEqualTo("REGIONAL");
    String rules = acl.get("Rules").toString();
    assertThat(rules)
        .contains("AWSManagedRulesCommonRuleSet")
        .contains("AWSManagedRulesKnownBadInputsRuleSet")
        .contains("RateBasedStatement")
        .contains("Limit=" + Firewall.SIGN_IN_LIMIT)
        .contains("/signin")
        .contains("/api/v1/auth/token");
    Map<String, Object> association =
        Synth.properties(
            Synth.resources(template, "AWS::WAFv2::WebACLAssociation").values().iterator().next());
    String balancer =
        Synth.resources(template, "AWS::ElasticLoadBalancingV2::LoadBalancer")
            .keySet()
            .iterator()
            .next();
    assertThat(Synth.target(association.get("ResourceArn"))).isEqualTo(balancer);
  }

  private static List<String> targets(Object actions) {
    return ((List<?>) actions).stream().map(Synth::target).collect(Collectors.toList());
  }
}
