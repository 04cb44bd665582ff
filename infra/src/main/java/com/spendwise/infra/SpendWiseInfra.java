package com.spendwise.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.StackProps;

/**
 * The CDK app: one stack per environment, {@code SpendWise-dev} and {@code SpendWise-prod}. {@code
 * cdk synth} writes both templates to cdk.out; {@code cdk deploy SpendWise-dev} deploys one.
 */
public final class SpendWiseInfra {

  private SpendWiseInfra() {}

  public static void main(String[] args) {
    Path root = repositoryRoot();
    App app = new App(AppProps.builder().outdir(outdir(System.getenv(), root).toString()).build());
    synthesize(app, root);
    app.synth();
  }

  /**
   * Where the templates go: the CDK CLI's {@code CDK_OUTDIR} when it runs the app ({@code cdk
   * synth}), else {@code infra/cdk.out}, as the README's {@code ./mvnw -pl infra compile exec:java}
   * promises (without it the CDK would write to a temporary directory).
   */
  static Path outdir(Map<String, String> environment, Path root) {
    String cli = environment.get("CDK_OUTDIR");
    return cli != null && !cli.isBlank() ? Path.of(cli) : root.resolve("infra").resolve("cdk.out");
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
