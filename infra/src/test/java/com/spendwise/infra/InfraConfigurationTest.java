package com.spendwise.infra;

import static com.spendwise.infra.NetworkAndDatabaseTest.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.assertions.Template;

/**
 * Keeps the task definition and the service's configuration from drifting apart: every variable the
 * task sets is one the README documents (and, for SPENDWISE_*, one application.yml reads), and
 * every variable the README marks "set by infra" is set.
 */
class InfraConfigurationTest {

  private static final Pattern README_ROW =
      Pattern.compile("^\\| (`[A-Z0-9_]+`(?:, `[A-Z0-9_]+`)*) \\|(.*)$");
  private static final Pattern NAME = Pattern.compile("`([A-Z0-9_]+)`");
  private static final Pattern YAML_VARIABLE = Pattern.compile("\\$\\{(SPENDWISE_[A-Z0-9_]+)");

  static List<Environment> environments() {
    return Synth.environments();
  }

  @ParameterizedTest
  @MethodSource("environments")
  void taskSetsEveryVariableTheReadmeMarksForAwsAndOnlyKnownOnes(Environment env)
      throws IOException {
    Map<String, Object> environment = taskEnvironment(Synth.of(env));
    Map<String, String> documented = readmeVariables();
    Set<String> read = applicationYamlVariables();

    Set<String> required =
        documented.entrySet().stream()
            .filter(row -> row.getValue().contains("set by infra"))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    assertThat(required).contains("SPENDWISE_DB_SECRET_ID", "SPENDWISE_AUTH_MODE");
    assertThat(environment.keySet()).containsAll(required);
    assertThat(documented.keySet()).containsAll(environment.keySet());
    assertThat(read)
        .containsAll(
            environment.keySet().stream().filter(name -> name.startsWith("SPENDWISE_")).toList());
  }

  @Test
  void everyVariableApplicationYamlReadsIsDocumented() throws IOException {
    assertThat(readmeVariables().keySet()).containsAll(applicationYamlVariables());
  }

  /** The container's environment: name to value (a string or a CloudFormation reference). */
  static Map<String, Object> taskEnvironment(Template template) {
    Map<String, Object> task = single(template, "AWS::ECS::TaskDefinition");
    Map<?, ?> container = (Map<?, ?>) ((List<?>) task.get("ContainerDefinitions")).get(0);
    Map<String, Object> environment = new LinkedHashMap<>();
    for (Object pair : (List<?>) container.get("Environment")) {
      Map<?, ?> entry = (Map<?, ?>) pair;
      environment.put((String) entry.get("Name"), entry.get("Value"));
    }
    return environment;
  }

  /** The README's configuration table: variable name to the rest of its row. */
  static Map<String, String> readmeVariables() throws IOException {
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Synth.source().resolve("README.md"))) {
      Matcher row = README_ROW.matcher(line);
      if (row.matches()) {
        Matcher names = NAME.matcher(row.group(1));
        while (names.find()) {
          rows.put(names.group(1), row.group(2));
        }
      }
    }
    return rows;
  }

  static Set<String> applicationYamlVariables() throws IOException {
    Path yaml = Synth.source().resolve("app/src/main/resources/application.yml");
    Matcher variables = YAML_VARIABLE.matcher(Files.readString(yaml));
    Set<String> names = new TreeSet<>();
    while (variables.find()) {
      names.add(variables.group(1));
    }
    return names;
  }
}
