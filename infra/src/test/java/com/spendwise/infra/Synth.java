package com.spendwise.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;

/** Synthesized templates, one per environment variant, made once per test JVM (synth is slow). */
final class Synth {

  private static final Map<Environment, Template> TEMPLATES = new ConcurrentHashMap<>();

  private Synth() {}

  static Template of(Environment env) {
    return TEMPLATES.computeIfAbsent(
        env,
        e -> {
          App app = new App();
          SpendWiseStack stack =
              new SpendWiseStack(
                  app, "SpendWise-" + e.name(), StackProps.builder().build(), e, source());
          return Template.fromStack(stack);
        });
  }

  static Path source() {
    return SpendWiseInfra.repositoryRoot();
  }

  /** The resources of a type, by logical id. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> resources(Template template, String type) {
    return (Map<String, Map<String, Object>>) (Map<?, ?>) template.findResources(type);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> properties(Map<String, Object> resource) {
    return (Map<String, Object>) resource.getOrDefault("Properties", Map.of());
  }

  /** The logical id a {"Ref": id} or {"Fn::GetAtt": [id, attr]} points at, or null. */
  @SuppressWarnings("unchecked")
  static String target(Object reference) {
    if (reference instanceof Map<?, ?> map) {
      if (map.get("Ref") instanceof String id) {
        return id;
      }
      if (map.get("Fn::GetAtt") instanceof List<?> getAtt) {
        return (String) getAtt.get(0);
      }
    }
    return null;
  }

  static List<Environment> environments() {
    return List.of(Environment.dev(), Environment.prod());
  }
}
