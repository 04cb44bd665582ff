package com.spendwise.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.applicationautoscaling.EnableScalingProps;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.ecs.DeploymentCircuitBreaker;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.patterns.ApplicationLoadBalancedFargateService;
import software.amazon.awscdk.services.ecs.patterns.ApplicationLoadBalancedTaskImageOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationActionProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.FixedResponseOptions;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.elasticloadbalancingv2.SslPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * SpendWise on ECS Fargate behind an Application Load Balancer. Tasks run in the private
 * application subnets; their role may read the database secret and nothing else. The image is built
 * from the repository's Dockerfile at deploy time.
 */
public final class Service extends Construct {

  static final int PORT = 8080;
  static final String READINESS = "/actuator/health/readiness";

  private final SecurityGroup securityGroup;
  private final Role taskRole;
  private final ApplicationLoadBalancedFargateService service;

  public Service(
      Construct scope,
      String id,
      Environment env,
      Vpc vpc,
      Path source,
      Map<String, String> configuration) {
    super(scope, id);
    securityGroup =
        SecurityGroup.Builder.create(this, "TaskSecurityGroup")
            .vpc(vpc)
            .description("SpendWise service tasks")
            .build();
    taskRole =
        Role.Builder.create(this, "TaskRole")
            .assumedBy(new ServicePrincipal("ecs-tasks.amazonaws.com"))
            .description("SpendWise tasks: read the database secret")
            .build();
    ApplicationLoadBalancedFargateService.Builder builder =
        ApplicationLoadBalancedFargateService.Builder.create(this, "Fargate")
            .cluster(Cluster.Builder.create(this, "Cluster").vpc(vpc).build())
            .cpu(env.taskCpu())
            .memoryLimitMiB(env.taskMemoryMiB())
            .desiredCount(env.minTasks())
            .minHealthyPercent(100)
            .taskSubnets(Network.APPLICATION)
            .securityGroups(List.of(securityGroup))
            .publicLoadBalancer(true)
            .circuitBreaker(DeploymentCircuitBreaker.builder().rollback(true).build())
            .healthCheckGracePeriod(Duration.seconds(60))
            .taskImageOptions(
                ApplicationLoadBalancedTaskImageOptions.builder()
                    .image(
                        ContainerImage.fromAsset(
                            source.toString(),
                            AssetImageProps.builder().file("Dockerfile").build()))
                    .containerName("spendwise")
                    .containerPort(PORT)
                    .taskRole(taskRole)
                    .environment(configuration)
                    .logDriver(
                        LogDriver.awsLogs(
                            AwsLogDriverProps.builder()
                                .streamPrefix("spendwise")
                                .logGroup(
                                    LogGroup.Builder.create(this, "Logs")
                                        .retention(LogRetention.of(env))
                                        .removalPolicy(
                                            env.retainData()
                                                ? RemovalPolicy.RETAIN
                                                : RemovalPolicy.DESTROY)
                                        .build())
                                .build()))
                    .build());
    if (env.options().certificateArn() != null) {
      builder
          .protocol(ApplicationProtocol.HTTPS)
          .certificate(
              Certificate.fromCertificateArn(this, "Certificate", env.options().certificateArn()))
          .sslPolicy(SslPolicy.RECOMMENDED_TLS)
          .redirectHttp(true);
    }
    service = builder.build();
    service
        .getTargetGroup()
        .configureHealthCheck(
            HealthCheck.builder()
                .path(READINESS)
                .healthyHttpCodes("200")
                .interval(Duration.seconds(15))
                .build());
    // Metrics and probes are for the load balancer and operators, not for the internet: the
    // health check reaches the tasks directly, so the listener can refuse /actuator entirely.
    service
        .getListener()
        .addAction(
            "HideActuator",
            AddApplicationActionProps.builder()
                .priority(10)
                .conditions(List.of(ListenerCondition.pathPatterns(List.of("/actuator/*"))))
                .action(
                    ListenerAction.fixedResponse(
                        404,
                        FixedResponseOptions.builder()
                            .contentType("application/problem+json")
                            .messageBody("{\"status\":404,\"code\":\"not-found\"}")
                            .build()))
                .build());
    service
        .getService()
        .autoScaleTaskCount(
            EnableScalingProps.builder()
                .minCapacity(env.minTasks())
                .maxCapacity(env.maxTasks())
                .build())
        .scaleOnCpuUtilization(
            "Cpu", CpuUtilizationScalingProps.builder().targetUtilizationPercent(60).build());
  }

  /** The load-balanced Fargate service, for alarms and the dashboard. */
  public ApplicationLoadBalancedFargateService fargate() {
    return service;
  }

  public SecurityGroup securityGroup() {
    return securityGroup;
  }

  public Role taskRole() {
    return taskRole;
  }
}
