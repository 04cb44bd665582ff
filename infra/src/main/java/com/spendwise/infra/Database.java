package com.spendwise.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseInstanceReadReplica;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.PerformanceInsightRetention;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.constructs.Construct;

/**
 * RDS PostgreSQL 17 in the isolated data subnets: encrypted, never public, TLS forced, the master
 * password generated into Secrets Manager (so it appears in no template, code or file). Its
 * security group has no ingress of its own; {@link #allowFrom} opens 5432 to one group at a time.
 */
public final class Database extends Construct {

  public static final String NAME = "spendwise";
  static final int PORT = 5432;

  private final DatabaseInstance instance;
  private final DatabaseInstanceReadReplica replica;
  private final SecurityGroup securityGroup;

  public Database(Construct scope, String id, Environment env, Vpc vpc) {
    super(scope, id);
    IInstanceEngine engine =
        DatabaseInstanceEngine.postgres(
            PostgresInstanceEngineProps.builder().version(PostgresEngineVersion.VER_17).build());
    securityGroup =
        SecurityGroup.Builder.create(this, "SecurityGroup")
            .vpc(vpc)
            .description("SpendWise database: PostgreSQL from the service (and bastion) only")
            .allowAllOutbound(false)
            .build();
    ParameterGroup parameters =
        ParameterGroup.Builder.create(this, "Parameters")
            .engine(engine)
            .description("SpendWise: TLS required for every connection")
            .parameters(Map.of("rds.force_ssl", "1"))
            .build();
    instance =
        DatabaseInstance.Builder.create(this, "Postgres")
            .engine(engine)
            .instanceType(new InstanceType(env.databaseInstanceType()))
            .vpc(vpc)
            .vpcSubnets(Network.DATA)
            .securityGroups(List.of(securityGroup))
            .port(PORT)
            .publiclyAccessible(false)
            .storageEncrypted(true)
            .allocatedStorage(env.allocatedStorageGb())
            .maxAllocatedStorage(env.maxAllocatedStorageGb())
            .multiAz(env.multiAz())
            .deletionProtection(env.deletionProtection())
            .backupRetention(Duration.days(env.backupRetentionDays()))
            .removalPolicy(env.retainData() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY)
            .credentials(Credentials.fromGeneratedSecret(NAME))
            .databaseName(NAME)
            .parameterGroup(parameters)
            .cloudwatchLogsExports(List.of("postgresql"))
            .cloudwatchLogsRetention(LogRetention.of(env))
            .enablePerformanceInsights(true)
            .performanceInsightRetention(PerformanceInsightRetention.DEFAULT)
            .monitoringInterval(
                env.operations().enhancedMonitoring() ? Duration.seconds(60) : Duration.seconds(0))
            .build();
    replica =
        env.operations().readReplica()
            ? DatabaseInstanceReadReplica.Builder.create(this, "Replica")
                .sourceDatabaseInstance(instance)
                .instanceType(new InstanceType(env.databaseInstanceType()))
                .vpc(vpc)
                .vpcSubnets(Network.DATA)
                .securityGroups(List.of(securityGroup))
                .port(PORT)
                .publiclyAccessible(false)
                // Encrypted as its source is (a replica takes the source's encryption; setting it
                // again is refused by CloudFormation's validation).
                .parameterGroup(parameters)
                .enablePerformanceInsights(true)
                .performanceInsightRetention(PerformanceInsightRetention.DEFAULT)
                .monitoringInterval(Duration.seconds(60))
                .deletionProtection(env.deletionProtection())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build()
            : null;
    if (env.options().rotateDatabaseSecret()) {
      // The service re-reads the secret when a login fails, so a rotation needs no restart.
      instance.addRotationSingleUser();
    }
  }

  /** Admits PostgreSQL connections (TCP 5432 only) from {@code peer}'s security group. */
  public void allowFrom(IConnectable peer, String why) {
    instance.getConnections().allowFrom(peer, Port.tcp(PORT), why);
  }

  /** The secret with host, port, dbname, username and password, as the service reads it. */
  public ISecret secret() {
    return instance.getSecret();
  }

  public DatabaseInstance instance() {
    return instance;
  }

  /** The read replica (prod), for reports, exports and backups. */
  public Optional<DatabaseInstanceReadReplica> replica() {
    return Optional.ofNullable(replica);
  }

  public SecurityGroup securityGroup() {
    return securityGroup;
  }
}
