package com.spendwise.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.AmazonLinux2023ImageSsmParameterProps;
import software.amazon.awscdk.services.ec2.AmazonLinuxCpuType;
import software.amazon.awscdk.services.ec2.BastionHostLinux;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.constructs.Construct;

/** One environment of SpendWise: network, database, optional bastion, Cognito and the service. */
public final class SpendWiseStack extends Stack {

  public SpendWiseStack(
      Construct scope, String id, StackProps props, Environment env, Path source) {
    super(scope, id, props);
    Network network = new Network(this, "Network", env);
    Database database = new Database(this, "Database", env, network.vpc());
    Identity identity = new Identity(this, "Identity", env);

    Service service =
        new Service(
            this,
            "Service",
            env,
            network.vpc(),
            source,
            configuration(database, identity, env.name()));
    database.allowFrom(service.securityGroup(), "SpendWise service tasks");
    database.secret().grantRead(service.taskRole());
    Monitoring monitoring = new Monitoring(this, "Monitoring", env, database, service.fargate());
    if (env.options().waf()) {
      new Firewall(this, "Firewall", env, service.fargate().getLoadBalancer());
    }

    if (env.options().bastion()) {
      // Reached through SSM Session Manager: no SSH port, no public address.
      BastionHostLinux bastion =
          BastionHostLinux.Builder.create(this, "Bastion")
              .vpc(network.vpc())
              .subnetSelection(Network.APPLICATION)
              .instanceType(new InstanceType("t4g.nano"))
              .machineImage(
                  MachineImage.latestAmazonLinux2023(
                      AmazonLinux2023ImageSsmParameterProps.builder()
                          .cpuType(AmazonLinuxCpuType.ARM_64)
                          .build()))
              .requireImdsv2(true)
              .build();
      database.allowFrom(bastion, "Operator access through the bastion");
      CfnOutput.Builder.create(this, "BastionInstanceId").value(bastion.getInstanceId()).build();
    }
    CfnOutput.Builder.create(this, "AlarmTopicArn").value(monitoring.topic().getTopicArn()).build();
    CfnOutput.Builder.create(this, "DatabaseSecretArn")
        .value(database.secret().getSecretArn())
        .build();
    CfnOutput.Builder.create(this, "UserPoolId").value(identity.pool().getUserPoolId()).build();
    CfnOutput.Builder.create(this, "UserPoolClientId")
        .value(identity.client().getUserPoolClientId())
        .build();
    identity
        .webUrl()
        .ifPresent(url -> CfnOutput.Builder.create(this, "WebAppUrl").value(url).build());
  }

  /**
   * The service's environment in AWS: the names are the ones app/src/main/resources/application.yml
   * maps, which InfraConfigurationTest keeps in step with the README's table.
   */
  private Map<String, String> configuration(Database database, Identity identity, String envName) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPENDWISE_PORT", String.valueOf(Service.PORT));
    env.put("SPENDWISE_AWS_REGION", getRegion());
    env.put("SPENDWISE_DB_SECRET_ID", database.secret().getSecretArn());
    env.put("SPENDWISE_DB_SSL_MODE", "verify-full");
    env.put("SPENDWISE_DB_SSL_ROOT_CERT", "/app/rds-ca.pem");
    // Reports, exports and backups read the replica, which shares the primary's credentials.
    database
        .replica()
        .ifPresent(
            replica -> {
              env.put("SPENDWISE_DB_READ_SECRET_ID", database.secret().getSecretArn());
              env.put("SPENDWISE_DB_READ_HOST", replica.getDbInstanceEndpointAddress());
            });
    env.put("SPENDWISE_AUTH_MODE", "cognito");
    env.put("SPENDWISE_COGNITO_REGION", getRegion());
    env.put("SPENDWISE_COGNITO_USER_POOL_ID", identity.pool().getUserPoolId());
    env.put("SPENDWISE_COGNITO_CLIENT_IDS", identity.client().getUserPoolClientId());
    new TreeMap<>(identity.webConfiguration()).forEach(env::put);
    env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
    // The service's own figures, written to its log stream in CloudWatch's embedded metric format.
    env.put("SPENDWISE_METRICS_EMF", "true");
    env.put("SPENDWISE_METRICS_ENVIRONMENT", envName);
    return env;
  }
}
