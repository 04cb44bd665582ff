package com.spendwise.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabasePropertiesTest {

  private static final DatabaseProperties.Embedded EMBEDDED =
      new DatabaseProperties.Embedded(Path.of("data/postgres"), 0, "nobody", "spendwise");

  @Test
  void aSecretWinsOverAUrl() {
    DatabaseProperties both =
        new DatabaseProperties(
            "prod/db",
            URI.create("http://localhost:1"),
            "eu-west-1",
            "jdbc:postgresql://h/db",
            "u",
            "p",
            null,
            null,
            EMBEDDED,
            null);

    assertThat(both.mode()).isEqualTo(DatabaseProperties.Mode.SECRETS_MANAGER);
  }

  @Test
  void blankSettingsMeanTheEmbeddedDatabase() {
    DatabaseProperties none =
        new DatabaseProperties(" ", null, "", "", "", "", "", "", EMBEDDED, null);

    assertThat(none.mode()).isEqualTo(DatabaseProperties.Mode.EMBEDDED);
  }

  @Test
  void aPasswordInTheUrlIsNotLogged() {
    DatabaseProperties url =
        new DatabaseProperties(
            null,
            null,
            null,
            "jdbc:postgresql://db:5432/app?user=app&password=hunter2&ssl=true",
            null,
            null,
            null,
            null,
            EMBEDDED,
            null);

    assertThat(url.mode()).isEqualTo(DatabaseProperties.Mode.URL);
    assertThat(url.describe()).doesNotContain("hunter2").contains("password=****", "ssl=true");
  }
}
