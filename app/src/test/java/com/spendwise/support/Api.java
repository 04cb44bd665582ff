package com.spendwise.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for black-box tests against the running service. */
public final class Api {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Api(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public record Response(int status, java.net.http.HttpHeaders headers, String text) {

    public JsonNode json() {
      return JSON.readTree(text);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }
  }

  public Response get(String path, String token) {
    return send(request(path, token, Map.of()).GET());
  }

  public Response get(String path, String token, Map<String, String> headers) {
    var builder = request(path, token, Map.of());
    headers.forEach(builder::setHeader);
    return send(builder.GET());
  }

  public Response post(String path, String token, Object body) {
    return send(
        request(path, token, Map.of("Content-Type", "application/json"))
            .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response post(String path, String token, Object body, Map<String, String> headers) {
    var builder = request(path, token, Map.of("Content-Type", "application/json"));
    headers.forEach(builder::setHeader);
    return send(builder.POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response put(String path, String token, Object body, Map<String, String> headers) {
    var builder = request(path, token, Map.of("Content-Type", "application/json"));
    headers.forEach(builder::setHeader);
    return send(builder.PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response delete(String path, String token, Map<String, String> headers) {
    var builder = request(path, token, Map.of());
    headers.forEach(builder::setHeader);
    return send(builder.DELETE());
  }

  public Response patch(String path, String token, Object body, Map<String, String> headers) {
    var builder = request(path, token, Map.of("Content-Type", "application/merge-patch+json"));
    headers.forEach(builder::setHeader);
    return send(builder.method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))));
  }

  public Response raw(String method, String path, String token, String contentType, byte[] body) {
    return send(
        request(path, token, Map.of("Content-Type", contentType))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Sends a body without a Content-Length (chunked). */
  public Response chunked(String method, String path, String token, byte[] body) {
    return send(
        request(path, token, Map.of("Content-Type", "application/json"))
            .method(
                method,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
  }

  /** Registers a fresh local account and returns its access token. */
  public String register(String email) {
    Response response =
        post(
            "/api/v1/auth/register",
            null,
            Map.of("email", email, "password", "a long enough password"));
    if (response.status() != 201) {
      throw new AssertionError("register failed: " + response);
    }
    return response.json().get("accessToken").asString();
  }

  /** A multipart/form-data POST: text fields, and one file part named "file". */
  public Response upload(String path, String token, Map<String, String> fields, byte[] file) {
    String boundary = "spendwise-" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
    fields.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(utf8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"statement.csv\"\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(utf8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
    return send(
        request(path, token, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    headers.forEach(builder::header);
    return builder;
  }

  private static String json(Object body) {
    return body instanceof String text ? text : JSON.writeValueAsString(body);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
