package com.spendwise.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A local HTTP stand-in for the AWS Secrets Manager API: the GetSecretValue action of its JSON 1.1
 * protocol, as the real AWS SDK calls it. It also insists that requests are SigV4-signed.
 */
public final class SecretsManagerStandIn implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, String> secrets = new ConcurrentHashMap<>();
  private final AtomicInteger reads = new AtomicInteger();

  public SecretsManagerStandIn() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public void put(String secretId, Map<String, Object> value) {
    secrets.put(secretId, Api.JSON.writeValueAsString(value));
  }

  /** How many GetSecretValue calls were answered. */
  public int reads() {
    return reads.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 Credential=")) {
      respond(exchange, 403, error("MissingAuthenticationTokenException", "Request is not signed"));
      return;
    }
    if (!"POST".equals(exchange.getRequestMethod())
        || !"secretsmanager.GetSecretValue".equals(target)) {
      respond(exchange, 400, error("InvalidAction", "Unsupported action " + target));
      return;
    }
    JsonNode request = Api.JSON.readTree(exchange.getRequestBody());
    String secretId = request.path("SecretId").asString();
    String value = secrets.get(secretId);
    if (value == null) {
      respond(
          exchange,
          400,
          error("ResourceNotFoundException", "Secrets Manager can't find the specified secret."));
      return;
    }
    reads.incrementAndGet();
    respond(
        exchange,
        200,
        Api.JSON.writeValueAsString(
            Map.of(
                "ARN",
                "arn:aws:secretsmanager:eu-west-1:123456789012:secret:" + secretId,
                "Name",
                secretId,
                "SecretString",
                value,
                "VersionId",
                "v" + reads.get(),
                "VersionStages",
                new String[] {"AWSCURRENT"},
                "CreatedDate",
                1.7e9)));
  }

  private static String error(String type, String message) {
    return Api.JSON.writeValueAsString(Map.of("__type", type, "message", message));
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
