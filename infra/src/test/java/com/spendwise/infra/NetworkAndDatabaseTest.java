package com.spendwise.infra;

import static com.spendwise.infra.Synth.properties;
import static com.spendwise.infra.Synth.resources;
import static com.spendwise.infra.Synth.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The seed's data tier, asserted on the synthesized templates of dev and prod. */
class NetworkAndDatabaseTest {

  static List<Environment> environments() {
    return Synth.environments();
  }

  @ParameterizedTest
  @MethodSource("environments")
  void vpcHasPublicApplicationAndDataSubnetsInTwoZones(Environment env) {
    Template template = Synth.of(env);

    Map<String, Map<String, Object>> subnets = resources(template, "AWS::EC2::Subnet");
    assertThat(subnets).hasSize(6);
    assertThat(subnets.keySet().stream().filter(id -> id.contains("data"))).hasSize(2);
    assertThat(subnets.keySet().stream().filter(id -> id.contains("application"))).hasSize(2);
    assertThat(subnets.keySet().stream().filter(id -> id.contains("public"))).hasSize(2);
    assertThat(subnets.values().stream().map(s -> properties(s).get("AvailabilityZone")).distinct())
        .hasSize(2);
    template.resourceCountIs("AWS::EC2::NatGateway", env.natGateways());
  }

  @ParameterizedTest
  @MethodSource("environments")
  void dataSubnetsHaveNoRouteToTheInternet(Environment env) {
    Template template = Synth.of(env);
    Set<String> dataRouteTables =
        resources(template, "AWS::EC2::SubnetRouteTableAssociation").values().stream()
            .map(Synth::properties)
            .filter(p -> target(p.get("SubnetId")).contains("data"))
            .map(p -> target(p.get("RouteTableId")))
            .collect(Collectors.toSet());

    assertThat(dataRouteTables).hasSize(2);
    assertThat(resources(template, "AWS::EC2::Route").values())
        .allSatisfy(
            route ->
                assertThat(dataRouteTables)
                    .doesNotContain(target(properties(route).get("RouteTableId"))));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void databaseIsPrivateEncryptedPostgres17InTheDataSubnets(Environment env) {
    Template template = Synth.of(env);
    Map<String, Object> db = primary(template);

    assertThat(db.get("Engine")).isEqualTo("postgres");
    assertThat(db.get("EngineVersion").toString()).startsWith("17");
    assertThat(db.get("PubliclyAccessible")).isEqualTo(false);
    assertThat(db.get("StorageEncrypted")).isEqualTo(true);
    assertThat(db.get("BackupRetentionPeriod")).isEqualTo(env.backupRetentionDays());
    // The primary's, and in prod the read replica's: both in the data subnets.
    assertThat(resources(template, "AWS::RDS::DBSubnetGroup").values())
        .isNotEmpty()
        .allSatisfy(
            group ->
                assertThat((List<?>) properties(group).get("SubnetIds"))
                    .hasSize(2)
                    .allSatisfy(subnet -> assertThat(target(subnet)).contains("data")));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void multiAzAndDeletionProtectionExactlyInProd(Environment env) {
    Map<String, Object> db = primary(Synth.of(env));
    boolean prod = env.name().equals("prod");

    assertThat(db.get("MultiAZ")).isEqualTo(prod);
    assertThat(db.get("DeletionProtection")).isEqualTo(prod);
  }

  @ParameterizedTest
  @MethodSource("environments")
  void parameterGroupForcesTls(Environment env) {
    Synth.of(env)
        .hasResourceProperties(
            "AWS::RDS::DBParameterGroup", Map.of("Parameters", Map.of("rds.force_ssl", "1")));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void passwordIsGeneratedInSecretsManagerAndNeverWrittenDown(Environment env) {
    Template template = Synth.of(env);
    Map<String, Object> secret = single(template, "AWS::SecretsManager::Secret");
    Map<String, Object> db = primary(template);

    assertThat(secret).containsKey("GenerateSecretString").doesNotContainKey("SecretString");
    assertThat(String.valueOf(db.get("MasterUserPassword"))).contains("{{resolve:secretsmanager:");
    assertThat(template.toJSON().toString().toLowerCase())
        .doesNotContainPattern("\"?password\"?\\s*[=:]\\s*\"?[a-z0-9!@#$%^&*]{8,}");
  }

  @ParameterizedTest
  @MethodSource("environments")
  void rotationIsOffUnlessAskedFor(Environment env) {
    Synth.of(env).resourceCountIs("AWS::SecretsManager::RotationSchedule", 0);
    Synth.of(env.with(env.options().withRotation()))
        .hasResourceProperties(
            "AWS::SecretsManager::RotationSchedule", Map.of("SecretId", Match.anyValue()));
  }

  /** The primary database instance (prod also has a read replica, MonitoringTest). */
  static Map<String, Object> primary(Template template) {
    List<Map<String, Object>> primaries =
        resources(template, "AWS::RDS::DBInstance").values().stream()
            .map(Synth::properties)
            .filter(db -> !db.containsKey("SourceDBInstanceIdentifier"))
            .toList();
    assertThat(primaries).hasSize(1);
    return primaries.get(0);
  }

  static Map<String, Object> single(Template template, String type) {
    Map<String, Map<String, Object>> found = resources(template, type);
    assertThat(found).as(type).hasSize(1);
    return properties(found.values().iterator().next());
  }
}
