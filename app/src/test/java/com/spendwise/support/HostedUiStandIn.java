package com.spendwise.support;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The parts of a Cognito user pool's hosted UI that a web app's sign-in uses, as the real one
 * answers them: {@code /oauth2/authorize} (here the person is already signed in at the hosted UI,
 * so it returns a code at once), {@code /oauth2/token} (the code for an ID token, checking the PKCE
 * verifier, the client and the redirect URI as Cognito does) and {@code /logout}. ID tokens are
 * signed with the pool's key, whose JWKS a {@link JwksStandIn} serves.
 */
public final class HostedUiStandIn implements AutoCloseable {

  private record Pending(
      String clientId, String redirectUri, String nonce, String challenge, String method) {}

  private final HttpServer server;
  private final RSAKey key;
  private final String issuer;
  private final String clientId;
  private final Map<String, Pending> codes = new ConcurrentHashMap<>();
  private final AtomicInteger verifiedExchanges = new AtomicInteger();
  private volatile String subject = UUID.randomUUID().toString();
  private volatile String email = "someone@example.com";
  private volatile String audience;

  public HostedUiStandIn(RSAKey key, String issuer, String clientId) {
    this.key = key;
    this.issuer = issuer;
    this.clientId = clientId;
    this.audience = clientId;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/oauth2/authorize", this::authorize);
    server.createContext("/oauth2/token", this::token);
    server.createContext("/logout", this::logout);
    server.start();
  }

  public URI domain() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Who is signed in at the hosted UI from now on. */
  public void signInAs(String subject, String email) {
    this.subject = subject;
    this.email = email;
    this.audience = clientId;
  }

  /** Issues ID tokens for another app client from now on, as a mixed-up pool would. */
  public void issueForAudience(String audience) {
    this.audience = audience;
  }

  /** How many codes were exchanged with a correct PKCE verifier. */
  public int verifiedExchanges() {
    return verifiedExchanges.get();
  }

  private void authorize(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    if (!clientId.equals(query.get("client_id"))
        || !"code".equals(query.get("response_type"))
        || query.get("code_challenge") == null) {
      send(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(
        code,
        new Pending(
            query.get("client_id"),
            query.get("redirect_uri"),
            query.get("nonce"),
            query.get("code_challenge"),
            query.get("code_challenge_method")));
    redirect(
        exchange,
        query.get("redirect_uri")
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
  }

  private void token(HttpExchange exchange) throws IOException {
    Map<String, String> body =
        form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    Pending pending = codes.remove(String.valueOf(body.get("code")));
    if (pending == null
        || !"authorization_code".equals(body.get("grant_type"))
        || !pending.clientId().equals(body.get("client_id"))
        || !Objects.equals(pending.redirectUri(), body.get("redirect_uri"))
        || !"S256".equals(pending.method())
        || body.get("code_verifier") == null
        || !pending.challenge().equals(s256(body.get("code_verifier")))) {
      send(exchange, 400, "{\"error\":\"invalid_grant\"}");
      return;
    }
    verifiedExchanges.incrementAndGet();
    Instant now = Instant.now();
    JWTClaimsSet id =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience(audience)
            .claim("email", email)
            .claim("email_verified", true)
            .claim("token_use", "id")
            .claim("nonce", pending.nonce())
            .claim("auth_time", now.getEpochSecond())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(3600)))
            .build();
    JWTClaimsSet access = Tokens.accessClaims(issuer, clientId, now).subject(subject).build();
    send(
        exchange,
        200,
        "{\"id_token\":\""
            + Tokens.sign(key, id)
            + "\",\"access_token\":\""
            + Tokens.sign(key, access)
            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  private void logout(HttpExchange exchange) throws IOException {
    Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
    if (!clientId.equals(query.get("client_id")) || query.get("logout_uri") == null) {
      send(exchange, 400, "{\"error\":\"invalid_request\"}");
      return;
    }
    redirect(exchange, query.get("logout_uri"));
  }

  private static String s256(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> form(String raw) {
    Map<String, String> values = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      values.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return values;
  }

  private static void redirect(HttpExchange exchange, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(302, -1);
    exchange.close();
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
