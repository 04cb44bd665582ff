package com.spendwise.infra;

import java.util.Optional;
import java.util.function.Function;

/**
 * Everything that differs between SpendWise's environments, in one typed place: {@link #dev()} and
 * {@link #prod()}. The {@link Options} are what a deployer may switch per deployment with {@code
 * cdk -c}, without editing code.
 */
public record Environment(
    String name,
    String vpcCidr,
    int natGateways,
    String databaseInstanceType,
    int allocatedStorageGb,
    int maxAllocatedStorageGb,
    boolean multiAz,
    boolean deletionProtection,
    int backupRetentionDays,
    boolean retainData,
    int taskCpu,
    int taskMemoryMiB,
    int minTasks,
    int maxTasks,
    Operations operations,
    Options options) {

  /**
   * How an environment is watched. Log retention: 30 days in dev (enough to debug last week's
   * deploy; nobody audits dev) and a year in prod (a year of "what happened on that day", the usual
   * window for a person's complaint about their money, without paying for logs forever). Enhanced
   * monitoring (OS metrics every 60 s) is bought for prod only; Performance Insights' 7 free days
   * are on everywhere. Prod gets a read replica for reports, exports and backups.
   *
   * <p>Alarm thresholds, each with its reason:
   *
   * <ul>
   *   <li>{@code databaseCpuPercent} 80, for 15 minutes: beyond it queries queue and latency
   *       climbs; a short spike (an import, a restore) is not worth a page.
   *   <li>{@code freeStorageBytes}: 10% of the allocated storage. Storage autoscaling grows the
   *       disk, but it waits 6 hours between growths; a disk filling faster than that must page.
   *   <li>{@code freeableMemoryBytes}: below it PostgreSQL's cache is squeezed out and reads go to
   *       disk (about 1/16 of the instance's memory).
   *   <li>{@code maxConnections}: 80% of the instance class's max_connections (RDS's default
   *       LEAST(memory/9531392, 5000): 112 for t4g.micro, 901 for m7g.large). Tasks × pool size
   *       stays well below; nearing it means leaked or stuck connections.
   *   <li>{@code replicaLagSeconds} 300: reports up to five minutes old are acceptable; beyond that
   *       people see money that "disappeared".
   *   <li>{@code http5xxPercent} 1, over 5 minutes: a finance app failing 1 in 100 requests is
   *       broken for someone right now.
   *   <li>{@code p99ResponseSeconds} 2: the API's p99 is tens of milliseconds; 2 s means the
   *       database or a task is in trouble.
   *   <li>{@code serviceCpuPercent}/{@code serviceMemoryPercent} 85: autoscaling acts at 60% CPU;
   *       85% means it cannot keep up (or memory is leaking, which it does not fix).
   *   <li>{@code schedulerLagSeconds} 3600: the scheduler runs every minute; a due recurring
   *       transaction an hour late means no instance is running it.
   *   <li>{@code failedImportJobs} 1 in an hour: a job fails only on something unexpected (a bad
   *       file is refused before it becomes a job).
   * </ul>
   */
  public record Operations(
      int logRetentionDays,
      boolean enhancedMonitoring,
      boolean readReplica,
      double databaseCpuPercent,
      long freeStorageBytes,
      long freeableMemoryBytes,
      int maxConnections,
      int replicaLagSeconds,
      double http5xxPercent,
      double p99ResponseSeconds,
      double serviceCpuPercent,
      double serviceMemoryPercent,
      int schedulerLagSeconds,
      int failedImportJobs) {}

  /**
   * Off by default everywhere: an operator's bastion host, rotation of the database password, an
   * ACM certificate for an HTTPS listener (without one the load balancer listens on HTTP), and the
   * domain name that certificate is for (pointed at the load balancer by the operator's DNS).
   * Signing in to the web app through Cognito's hosted UI needs both: Cognito returns people only
   * to HTTPS addresses.
   */
  public record Options(
      boolean bastion,
      boolean rotateDatabaseSecret,
      String certificateArn,
      String domainName,
      String alarmEmail,
      boolean waf) {

    public static final Options NONE = new Options(false, false, null, null, null, false);

    public Options withBastion() {
      return new Options(true, rotateDatabaseSecret, certificateArn, domainName, alarmEmail, waf);
    }

    public Options withRotation() {
      return new Options(bastion, true, certificateArn, domainName, alarmEmail, waf);
    }

    public Options withCertificate(String arn) {
      return new Options(bastion, rotateDatabaseSecret, arn, domainName, alarmEmail, waf);
    }

    public Options withDomainName(String name) {
      return new Options(bastion, rotateDatabaseSecret, certificateArn, name, alarmEmail, waf);
    }

    /** Alarms are also mailed to this address (the subscription must be confirmed once). */
    public Options withAlarmEmail(String email) {
      return new Options(bastion, rotateDatabaseSecret, certificateArn, domainName, email, waf);
    }

    /** A web application firewall in front of the load balancer. */
    public Options withWaf() {
      return new Options(
          bastion, rotateDatabaseSecret, certificateArn, domainName, alarmEmail, true);
    }

    /** The web app's address, when people can sign in to it: HTTPS at the domain name. */
    public Optional<String> webUrl() {
      return certificateArn == null || domainName == null
          ? Optional.empty()
          : Optional.of("https://" + domainName);
    }
  }

  /** One small database instance, one NAT gateway, one task; data that may be thrown away. */
  public static Environment dev() {
    return new Environment(
        "dev",
        "10.40.0.0/16",
        1,
        "t4g.micro",
        20,
        50,
        false,
        false,
        1,
        false,
        512,
        1024,
        1,
        2,
        new Operations(30, false, false, 80, 2L << 30, 64L << 20, 90, 300, 1, 2, 85, 85, 3600, 1),
        Options.NONE);
  }

  /** Multi-AZ database kept on deletion, a NAT gateway per AZ, at least two tasks. */
  public static Environment prod() {
    return new Environment(
        "prod",
        "10.50.0.0/16",
        2,
        "m7g.large",
        100,
        500,
        true,
        true,
        14,
        true,
        1024,
        2048,
        2,
        6,
        new Operations(365, true, true, 80, 10L << 30, 512L << 20, 720, 300, 1, 2, 85, 85, 3600, 1),
        Options.NONE);
  }

  public Environment with(Options changed) {
    return new Environment(
        name,
        vpcCidr,
        natGateways,
        databaseInstanceType,
        allocatedStorageGb,
        maxAllocatedStorageGb,
        multiAz,
        deletionProtection,
        backupRetentionDays,
        retainData,
        taskCpu,
        taskMemoryMiB,
        minTasks,
        maxTasks,
        operations,
        changed);
  }

  /**
   * Reads {@code <name>.bastion}, {@code <name>.rotateDatabaseSecret}, {@code
   * <name>.certificateArn}, {@code <name>.domainName}, {@code <name>.alarmEmail} and {@code
   * <name>.waf} from the CDK context: {@code cdk deploy -c prod.bastion=true}.
   */
  public Environment withContext(Function<String, Object> context) {
    Options chosen = options;
    if (isTrue(context.apply(name + ".bastion"))) {
      chosen = chosen.withBastion();
    }
    if (isTrue(context.apply(name + ".rotateDatabaseSecret"))) {
      chosen = chosen.withRotation();
    }
    Object certificate = context.apply(name + ".certificateArn");
    if (certificate != null && !certificate.toString().isBlank()) {
      chosen = chosen.withCertificate(certificate.toString());
    }
    Object domain = context.apply(name + ".domainName");
    if (domain != null && !domain.toString().isBlank()) {
      chosen = chosen.withDomainName(domain.toString().strip());
    }
    Object email = context.apply(name + ".alarmEmail");
    if (email != null && !email.toString().isBlank()) {
      chosen = chosen.withAlarmEmail(email.toString().strip());
    }
    if (isTrue(context.apply(name + ".waf"))) {
      chosen = chosen.withWaf();
    }
    return with(chosen);
  }

  private static boolean isTrue(Object value) {
    return value != null && Boolean.parseBoolean(value.toString());
  }
}
