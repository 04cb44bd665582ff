package com.spendwise.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

class SynthesisTest {

  @Test
  void appWritesBothEnvironmentsTemplates(@TempDir Path out) throws IOException {
    App app = new App(AppProps.builder().outdir(out.toString()).build());

    SpendWiseInfra.synthesize(app, Synth.source());
    app.synth();

    for (String stack : new String[] {"SpendWise-dev", "SpendWise-prod"}) {
      Path template = out.resolve(stack + ".template.json");
      assertThat(template).exists();
      assertThat(Files.readString(template)).contains("AWS::RDS::DBInstance");
    }
  }
}
