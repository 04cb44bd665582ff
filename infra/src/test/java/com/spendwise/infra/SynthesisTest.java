package com.spendwise.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SynthesisTest {

  /**
   * What the README's {@code ./mvnw -pl infra compile exec:java} runs, without the CDK CLI (no
   * CDK_OUTDIR): both environments' templates land in infra/cdk.out, not in a temporary directory.
   */
  @Test
  void theDocumentedCommandWritesBothTemplatesToInfraCdkOut() throws IOException {
    assertThat(System.getenv("CDK_OUTDIR")).as("run outside the CDK CLI").isNull();
    Instant started = Instant.now().minusSeconds(1);

    SpendWiseInfra.main(new String[0]);

    Path out = Synth.source().resolve("infra").resolve("cdk.out");
    for (String stack : new String[] {"SpendWise-dev", "SpendWise-prod"}) {
      Path template = out.resolve(stack + ".template.json");
      assertThat(template).exists();
      assertThat(Files.getLastModifiedTime(template)).isGreaterThan(FileTime.from(started));
      assertThat(Files.readString(template)).contains("AWS::RDS::DBInstance");
    }
  }

  @Test
  void theCliOutputDirectoryWinsWhenTheCliRunsTheApp() {
    Path root = Path.of("/repo");

    assertThat(SpendWiseInfra.outdir(Map.of("CDK_OUTDIR", "/tmp/cdk.out.123"), root))
        .isEqualTo(Path.of("/tmp/cdk.out.123"));
    assertThat(SpendWiseInfra.outdir(Map.of(), root)).isEqualTo(Path.of("/repo/infra/cdk.out"));
  }
}
