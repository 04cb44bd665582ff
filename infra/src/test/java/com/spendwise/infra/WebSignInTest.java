package com.spendwise.infra;

import static com.spendwise.infra.Synth.resources;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * The web app's sign-in through Cognito's hosted UI: a domain for the hosted UI and a public app
 * client (authorization code, PKCE, no secret) that returns people to the HTTPS address, and the
 * variables that tell the service about both. Without an HTTPS address there is none of it.
 */
class WebSignInTest {

  private static final String CERTIFICATE = "arn:aws:acm:eu-west-1:123456789012:certificate/abc";

  static List<Environment> environments() {
    return Synth.environments();
  }

  private static Template withAddress(Environment env) {
    return Synth.of(
        env.with(env.options().withCertificate(CERTIFICATE).withDomainName("money.example.com")));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void theWebClientReturnsPeopleOnlyToTheHttpsAddress(Environment env) {
    Template template = withAddress(env);

    template.resourceCountIs("AWS::Cognito::UserPoolDomain", 1);
    template.resourceCountIs("AWS::Cognito::UserPoolClient", 2);
    template.hasResourceProperties(
        "AWS::Cognito::UserPoolClient",
        Map.of(
            "AllowedOAuthFlows", List.of("code"),
            "AllowedOAuthFlowsUserPoolClient", true,
            "AllowedOAuthScopes", Match.arrayWith(List.of("openid", "email", "profile")),
            "CallbackURLs", List.of("https://money.example.com/login/oauth2/code/cognito"),
            "LogoutURLs", List.of("https://money.example.com/signed-out"),
            "GenerateSecret", false,
            "SupportedIdentityProviders", List.of("COGNITO")));
  }

  @ParameterizedTest
  @MethodSource("environments")
  void onlyTheWebClientUsesTheHostedUiAndNeverWithTheImplicitGrant(Environment env) {
    for (Template template : List.of(Synth.of(env), withAddress(env))) {
      assertThat(resources(template, "AWS::Cognito::UserPoolClient").values())
          .allSatisfy(
              client -> {
                Map<String, Object> properties = Synth.properties(client);
                if (properties.containsKey("AllowedOAuthFlows")) {
                  assertThat(properties.get("AllowedOAuthFlows")).isEqualTo(List.of("code"));
                  assertThat(properties.get("CallbackURLs").toString()).startsWith("[https://");
                } else {
                  assertThat(properties.get("AllowedOAuthFlowsUserPoolClient")).isEqualTo(false);
                }
              });
    }
  }

  @ParameterizedTest
  @MethodSource("environments")
  void theServiceIsToldTheHostedUiTheWebClientAndItsAddress(Environment env) {
    Template template = withAddress(env);
    Map<String, Object> variables = InfraConfigurationTest.taskEnvironment(template);

    assertThat(variables.get("SPENDWISE_WEB_URL")).isEqualTo("https://money.example.com");
    assertThat(variables.get("SPENDWISE_COGNITO_DOMAIN").toString())
        .contains(".auth.", ".amazoncognito.com");
    assertThat(resources(template, "AWS::Cognito::UserPoolDomain").values().toString())
        .contains("spendwise-" + env.name() + "-");
    String webClient = Synth.target(variables.get("SPENDWISE_COGNITO_WEB_CLIENT_ID"));
    assertThat(webClient).isNotNull().contains("Web");
    assertThat(Synth.target(variables.get("SPENDWISE_COGNITO_CLIENT_IDS")))
        .as("the API's client stays the only one whose access tokens the API accepts")
        .isNotEqualTo(webClient);
  }

  @ParameterizedTest
  @MethodSource("environments")
  void withoutAnHttpsAddressThereIsNoWebSignIn(Environment env) {
    for (Template template :
        List.of(
            Synth.of(env),
            Synth.of(env.with(env.options().withCertificate(CERTIFICATE))),
            Synth.of(env.with(env.options().withDomainName("money.example.com"))))) {
      template.resourceCountIs("AWS::Cognito::UserPoolDomain", 0);
      template.resourceCountIs("AWS::Cognito::UserPoolClient", 1);
      assertThat(InfraConfigurationTest.taskEnvironment(template))
          .doesNotContainKeys(
              "SPENDWISE_WEB_URL", "SPENDWISE_COGNITO_DOMAIN", "SPENDWISE_COGNITO_WEB_CLIENT_ID");
    }
  }
}
