package com.spendwise.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: one stack per environment, {@code SpendWise-dev} and {@code SpendWise-prod}. {@code
 * cdk synth} writes both templates to cdk.out; {@code cdk deploy SpendWise-dev} deploys one.
 */
public final class SpendWiseInfra {

  private SpendWiseInfra() {}

  public static void main(String[] args) {
    App app = new App();
    synthesize(app, repositoryRoot());
    app.synth();
  }

  /** Adds every environment's stack to {@code app}, building the image from {@code source}. */
  static List<SpendWiseStack> synthesize(App app, Path source) {
    return List.of(Environment.dev(), Environment.prod()).stream()
        .map(env -> env.withContext(key -> app.getNode().tryGetContext(key)))
        .map(
            env ->
                new SpendWiseStack(
                    app,
                    "SpendWise-" + env.name(),
                    StackProps.builder()
                        .description("SpendWise " + env.name() + ": network, database, service")
                        .build(),
                    env,
                    source))
        .toList();
  }

  /** The directory with the Dockerfile, whether run from the repository root or from infra/. */
  static Path repositoryRoot() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("Dockerfile")) && Files.exists(dir.resolve("app"))) {
        return dir;
      }
    }
    throw new IllegalStateException("No Dockerfile above " + here);
  }
}
