package com.spendwise.database.internal;

import java.util.function.Supplier;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the database secret from AWS Secrets Manager, each call a fresh read. */
final class SecretsManagerSecrets implements Supplier<DatabaseSecret> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SecretsManagerClient client;
  private final String secretId;

  SecretsManagerSecrets(SecretsManagerClient client, String secretId) {
    this.client = client;
    this.secretId = secretId;
  }

  @Override
  public DatabaseSecret get() {
    GetSecretValueResponse response = client.getSecretValue(r -> r.secretId(secretId));
    JsonNode json = JSON.readTree(response.secretString());
    return new DatabaseSecret(
        required(json, "username"),
        required(json, "password"),
        required(json, "host"),
        json.path("port").asInt(5432),
        json.path("dbname").asString("postgres"));
  }

  private String required(JsonNode json, String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull() || value.asString().isEmpty()) {
      throw new IllegalStateException("Secret " + secretId + " has no '" + field + "'");
    }
    return value.asString();
  }
}
