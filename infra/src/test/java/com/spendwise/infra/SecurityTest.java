package com.spendwise.infra;

import static com.spendwise.infra.NetworkAndDatabaseTest.single;
import static com.spendwise.infra.Synth.properties;
import static com.spendwise.infra.Synth.resources;
import static com.spendwise.infra.Synth.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.assertions.Template;

/** Who may reach the database, and what the service's tasks may do. */
class SecurityTest {

  static List<Environment> environments() {
    return Synth.environments();
  }

  @ParameterizedTest
  @MethodSource("environments")
  void databaseAdmitsOnlyTheTasksOn5432(Environment env) {
    Template template = Synth.of(env);

    List<Map<String, Object>> rules = databaseIngress(template);

    assertThat(rules).hasSize(1);
    assertThat(target(rules.get(0).get("SourceSecurityGroupId"))).isEqualTo(taskGroup(template));
    assertOnlyPostgres(rules);
    template.resourceCountIs("AWS::EC2::Instance", 0);
  }

  @ParameterizedTest
  @MethodSource("environments")
  void bastionWhenAskedIsReachedThroughSsmAndMayReachTheDatabase(Environment env) {
    Template template = Synth.of(env.with(env.options().withBastion()));

    Map<String, Map<String, Object>> instances = resources(template, "AWS::EC2::Instance");
    assertThat(instances).hasSize(1);
    Map<String, Object> bastion = properties(instances.values().iterator().next());
    assertThat(bastion).doesNotContainKey("KeyName");
    String bastionGroup = target(((List<?>) bastion.get("SecurityGroupIds")).get(0));
    Map<String, Object> group =
        properties(resources(template, "AWS::EC2::SecurityGroup").get(bastionGroup));
    assertThat(group.get("SecurityGroupIngress")).isNull();
    List<?> profileRoles = (List<?>) single(template, "AWS::IAM::InstanceProfile").get("Roles");
    String role = target(profileRoles.get(0));
    assertThat(policyActions(template, role))
        .contains("ssmmessages:*", "ssm:UpdateInstanceInformation");

    List<Map<String, Object>> rules = databaseIngress(template);
    assertThat(rules.stream().map(r -> target(r.get("SourceSecurityGroupId"))))
        .containsExactlyInAnyOrder(taskGroup(template), bastionGroup);
    assertOnlyPostgres(rules);
  }

  @ParameterizedTest
  @MethodSource("environments")
  void taskRoleMayReadOnlyTheDatabaseSecret(Environment env) {
    Template template = Synth.of(env);
    String taskRole = taskRole(template);
    String secret = resources(template, "AWS::SecretsManager::Secret").keySet().iterator().next();

    List<Map<String, Object>> policies =
        resources(template, "AWS::IAM::Policy").values().stream()
            .map(Synth::properties)
            .filter(
                p -> ((List<?>) p.get("Roles")).stream().anyMatch(r -> taskRole.equals(target(r))))
            .toList();

    assertThat(policies).hasSize(1);
    List<?> statements =
        (List<?>) ((Map<?, ?>) policies.get(0).get("PolicyDocument")).get("Statement");
    assertThat(statements)
        .allSatisfy(
            statement -> {
              Map<?, ?> s = (Map<?, ?>) statement;
              assertThat(s.get("Effect")).isEqualTo("Allow");
              assertThat(actions(s)).allMatch(a -> a.startsWith("secretsmanager:"));
              assertThat(actions(s)).contains("secretsmanager:GetSecretValue");
              assertThat(target(s.get("Resource"))).isIn(secretAndAttachment(template, secret));
            });
  }

  private static List<String> policyActions(Template template, String role) {
    return resources(template, "AWS::IAM::Policy").values().stream()
        .map(Synth::properties)
        .filter(p -> ((List<?>) p.get("Roles")).stream().anyMatch(r -> role.equals(target(r))))
        .flatMap(p -> ((List<?>) ((Map<?, ?>) p.get("PolicyDocument")).get("Statement")).stream())
        .flatMap(statement -> actions((Map<?, ?>) statement).stream())
        .toList();
  }

  private static Set<String> secretAndAttachment(Template template, String secret) {
    Set<String> ids =
        new HashSet<>(resources(template, "AWS::SecretsManager::SecretTargetAttachment").keySet());
    ids.add(secret);
    return ids;
  }

  private static List<String> actions(Map<?, ?> statement) {
    Object action = statement.get("Action");
    return action instanceof List<?> list
        ? list.stream().map(Object::toString).toList()
        : List.of(action.toString());
  }

  /** Inline and separate ingress rules of the database's security group. */
  static List<Map<String, Object>> databaseIngress(Template template) {
    Map<String, Object> db = NetworkAndDatabaseTest.primary(template);
    String group = target(((List<?>) db.get("VPCSecurityGroups")).get(0));
    List<Map<String, Object>> rules = new ArrayList<>();
    Object inline =
        properties(resources(template, "AWS::EC2::SecurityGroup").get(group))
            .get("SecurityGroupIngress");
    if (inline instanceof List<?> list) {
      list.forEach(rule -> rules.add(cast(rule)));
    }
    resources(template, "AWS::EC2::SecurityGroupIngress").values().stream()
        .map(Synth::properties)
        .filter(p -> group.equals(target(p.get("GroupId"))))
        .forEach(rules::add);
    return rules;
  }

  private static void assertOnlyPostgres(List<Map<String, Object>> rules) {
    assertThat(rules)
        .allSatisfy(
            rule -> {
              assertThat(rule.get("IpProtocol")).isEqualTo("tcp");
              assertThat(rule.get("FromPort")).isEqualTo(5432);
              assertThat(rule.get("ToPort")).isEqualTo(5432);
              assertThat(rule).doesNotContainKeys("CidrIp", "CidrIpv6");
            });
  }

  private static String taskGroup(Template template) {
    Map<String, Object> service = single(template, "AWS::ECS::Service");
    Map<?, ?> vpc =
        (Map<?, ?>) ((Map<?, ?>) service.get("NetworkConfiguration")).get("AwsvpcConfiguration");
    return target(((List<?>) vpc.get("SecurityGroups")).get(0));
  }

  static String taskRole(Template template) {
    Map<String, Object> task = single(template, "AWS::ECS::TaskDefinition");
    return target(task.get("TaskRoleArn"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object rule) {
    return (Map<String, Object>) rule;
  }
}
