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
    Options options) {

  /**
   * Off by default everywhere: an operator's bastion host, rotation of the database password, an
   * ACM certificate for an HTTPS listener (without one the load balancer listens on HTTP), and the
   * domain name that certificate is for (pointed at the load balancer by the operator's DNS).
   * Signing in to the web app through Cognito's hosted UI needs both: Cognito returns people only
   * to HTTPS addresses.
   */
  public record Options(
      boolean bastion, boolean rotateDatabaseSecret, String certificateArn, String domainName) {

    public static final Options NONE = new Options(false, false, null, null);

    public Options withBastion() {
      return new Options(true, rotateDatabaseSecret, certificateArn, domainName);
    }

    public Options withRotation() {
      return new Options(bastion, true, certificateArn, domainName);
    }

    public Options withCertificate(String arn) {
      return new Options(bastion, rotateDatabaseSecret, arn, domainName);
    }

    public Options withDomainName(String name) {
      return new Options(bastion, rotateDatabaseSecret, certificateArn, name);
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
        changed);
  }

  /**
   * Reads {@code <name>.bastion}, {@code <name>.rotateDatabaseSecret}, {@code
   * <name>.certificateArn} and {@code <name>.domainName} from the CDK context: {@code cdk deploy -c
   * prod.bastion=true}.
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
    return with(chosen);
  }

  private static boolean isTrue(Object value) {
    return value != null && Boolean.parseBoolean(value.toString());
  }
}
