package com.spendwise.infra;

import java.util.List;
import java.util.Map;
import software.amazon.awscdk.services.elasticloadbalancingv2.IApplicationLoadBalancer;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * An optional web application firewall on the load balancer ({@code -c <env>.waf=true}): AWS's
 * managed common and known-bad-inputs rule groups, and a rate limit per client address on the
 * sign-in and registration paths (pages and API), so that password guessing from one address is cut
 * off before it reaches the service's own per-account lock.
 */
public final class Firewall extends Construct {

  /** Requests per client address per 5 minutes on the sign-in and registration paths. */
  static final int SIGN_IN_LIMIT = 100;

  static final List<String> SIGN_IN_PATHS =
      List.of(
          "/signin", "/register", "/login/webauthn", "/api/v1/auth/token", "/api/v1/auth/register");

  private final CfnWebACL acl;

  public Firewall(Construct scope, String id, Environment env, IApplicationLoadBalancer balancer) {
    super(scope, id);
    acl =
        CfnWebACL.Builder.create(this, "Acl")
            .name("spendwise-" + env.name())
            .scope("REGIONAL")
            .defaultAction(
                CfnWebACL.DefaultActionProperty.builder()
                    .allow(CfnWebACL.AllowActionProperty.builder().build())
                    .build())
            .visibilityConfig(visibility("spendwise-" + env.name()))
            .rules(
                List.of(
                    managed("AWSManagedRulesCommonRuleSet", 0),
                    managed("AWSManagedRulesKnownBadInputsRuleSet", 1),
                    CfnWebACL.RuleProperty.builder()
                        .name("SignInRateLimit")
                        .priority(2)
                        .action(
                            CfnWebACL.RuleActionProperty.builder()
                                .block(CfnWebACL.BlockActionProperty.builder().build())
                                .build())
                        .statement(
                            CfnWebACL.StatementProperty.builder()
                                .rateBasedStatement(
                                    CfnWebACL.RateBasedStatementProperty.builder()
                                        .limit(SIGN_IN_LIMIT)
                                        .aggregateKeyType("IP")
                                        .scopeDownStatement(signInPaths())
                                        .build())
                                .build())
                        .visibilityConfig(visibility("SignInRateLimit"))
                        .build()))
            .build();
    CfnWebACLAssociation.Builder.create(this, "Association")
        .resourceArn(balancer.getLoadBalancerArn())
        .webAclArn(acl.getAttrArn())
        .build();
  }

  private static CfnWebACL.RuleProperty managed(String group, int priority) {
    return CfnWebACL.RuleProperty.builder()
        .name(group)
        .priority(priority)
        .overrideAction(CfnWebACL.OverrideActionProperty.builder().none(Map.of()).build())
        .statement(
            CfnWebACL.StatementProperty.builder()
                .managedRuleGroupStatement(
                    CfnWebACL.ManagedRuleGroupStatementProperty.builder()
                        .vendorName("AWS")
                        .name(group)
                        .build())
                .build())
        .visibilityConfig(visibility(group))
        .build();
  }

  private static CfnWebACL.StatementProperty signInPaths() {
    return CfnWebACL.StatementProperty.builder()
        .orStatement(
            CfnWebACL.OrStatementProperty.builder()
                .statements(
                    SIGN_IN_PATHS.stream()
                        .map(
                            path ->
                                (Object)
                                    CfnWebACL.StatementProperty.builder()
                                        .byteMatchStatement(
                                            CfnWebACL.ByteMatchStatementProperty.builder()
                                                .fieldToMatch(
                                                    CfnWebACL.FieldToMatchProperty.builder()
                                                        .uriPath(Map.of())
                                                        .build())
                                                .positionalConstraint("STARTS_WITH")
                                                .searchString(path)
                                                .textTransformations(
                                                    List.of(
                                                        CfnWebACL.TextTransformationProperty
                                                            .builder()
                                                            .priority(0)
                                                            .type("LOWERCASE")
                                                            .build()))
                                                .build())
                                        .build())
                        .toList())
                .build())
        .build();
  }

  private static CfnWebACL.VisibilityConfigProperty visibility(String name) {
    return CfnWebACL.VisibilityConfigProperty.builder()
        .cloudWatchMetricsEnabled(true)
        .metricName(name)
        .sampledRequestsEnabled(true)
        .build();
  }

  public CfnWebACL acl() {
    return acl;
  }
}
