package com.spendwise.infra;

import static com.spendwise.infra.NetworkAndDatabaseTest.single;
import static com.spendwise.infra.Synth.properties;
import static com.spendwise.infra.Synth.resources;
import static com.spendwise.infra.Synth.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.assertions.Template;

/** The service on Fargate, its load balancer, scaling, image and Cognito. */
class ServiceTest {

  static List<Environment> environments() {
    return Synth.environments();
  }

  @ParameterizedTest
  @MethodSource("environments")
  void tasksRunOnFargateInTheApplicationSubnetsWithoutPublicAddresses(Environment env) {
    Map<String, Object> service = single(Synth.of(env), "AWS::ECS::Service");
    Map<?, ?> network =
        (Map<?, ?>) ((Map<?, ?>) service.get("NetworkConfiguration")).get("AwsvpcConfiguration");

    assertThat(service.get("LaunchType")).isEqualTo("FARGATE");
    assertThat(network.get("AssignPublicIp")).isEqualTo("DISABLED");
    assertThat((List<?>) network.get("Subnets"))
        .hasSize(2)
        .allSatisfy(subnet -> assertThat(target(subnet)).contains("application"));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void loadBalancerChecksReadinessAndListensOnHttpWithoutACertificate(Environment env) {
    Template template = Synth.of(env);

    template.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("Scheme", "internet-facing"));
    template.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::TargetGroup",
        Map.of("HealthCheckPath", "/actuator/health/readiness"));
    template.hasResourceProperties(
        "AWS::ECS::TaskDefinition",
        Map.of(
            "ContainerDefinitions",
            List.of(Map.of("PortMappings", List.of(Map.of("ContainerPort", 8080))))));
    Map<String, Object> listener = single(template, "AWS::ElasticLoadBalancingV2::Listener");
    assertThat(listener.get("Protocol")).isEqualTo("HTTP");
  }

  @ParameterizedTest
  @MethodSource("environments")
  void actuatorIsNotServedToTheInternet(Environment env) {
    Map<String, Object> rule = single(Synth.of(env), "AWS::ElasticLoadBalancingV2::ListenerRule");

    assertThat(rule.toString()).contains("/actuator/*").contains("fixed-response");
    assertThat(rule.toString()).contains("StatusCode=404");
  }

  @ParameterizedTest
  @MethodSource("environments")
  void certificateArnTurnsOnHttpsAndRedirectsHttp(Environment env) {
    String arn = "arn:aws:acm:eu-west-1:123456789012:certificate/abc";
    Template template = Synth.of(env.with(env.options().withCertificate(arn)));

    template.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::Listener",
        Map.of(
            "Protocol",
            "HTTPS",
            "Port",
            443,
            "Certificates",
            List.of(Map.of("CertificateArn", arn))));
    template.hasResourceProperties(
        "AWS::ElasticLoadBalancingV2::Listener", Map.of("Protocol", "HTTP", "Port", 80));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void scalesOnCpuWithAtLeastTwoTasksInProd(Environment env) {
    Template template = Synth.of(env);
    Map<String, Object> target = single(template, "AWS::ApplicationAutoScaling::ScalableTarget");
    Map<String, Object> policy = single(template, "AWS::ApplicationAutoScaling::ScalingPolicy");

    assertThat(target.get("MinCapacity")).isEqualTo(env.minTasks());
    assertThat(target.get("MaxCapacity")).isEqualTo(env.maxTasks());
    if (env.name().equals("prod")) {
      assertThat((Integer) target.get("MinCapacity")).isGreaterThanOrEqualTo(2);
    }
    assertThat(policy.get("PolicyType")).isEqualTo("TargetTrackingScaling");
    assertThat(policy.toString()).contains("ECSServiceAverageCPUUtilization");
  }

  @ParameterizedTest
  @MethodSource("environments")
  void imageIsBuiltFromTheRepositorysDockerfile(Environment env) {
    Map<String, Object> task = single(Synth.of(env), "AWS::ECS::TaskDefinition");
    Map<?, ?> container = (Map<?, ?>) ((List<?>) task.get("ContainerDefinitions")).get(0);

    // An image asset: its URI points at the CDK's asset repository, filled in at deploy time.
    assertThat(container.get("Image").toString()).contains("cdk-").contains("container-assets");
    assertThat(task.get("RequiresCompatibilities")).isEqualTo(List.of("FARGATE"));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void cognitoPoolAndClientAreWiredIntoTheService(Environment env) {
    Template template = Synth.of(env);
    String pool = resources(template, "AWS::Cognito::UserPool").keySet().iterator().next();
    String client = resources(template, "AWS::Cognito::UserPoolClient").keySet().iterator().next();

    Map<String, Object> environment = InfraConfigurationTest.taskEnvironment(template);

    assertThat(environment.get("SPENDWISE_AUTH_MODE")).isEqualTo("cognito");
    assertThat(target(environment.get("SPENDWISE_COGNITO_USER_POOL_ID"))).isEqualTo(pool);
    assertThat(target(environment.get("SPENDWISE_COGNITO_CLIENT_IDS"))).isEqualTo(client);
    assertThat(target(environment.get("SPENDWISE_DB_SECRET_ID")))
        .isIn(resources(template, "AWS::SecretsManager::SecretTargetAttachment").keySet());
    assertThat(properties(resources(template, "AWS::Cognito::UserPoolClient").get(client)))
        .containsEntry("GenerateSecret", false);
  }
}
