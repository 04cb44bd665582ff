package com.spendwise.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Serves a user pool's public keys as Cognito does at /.well-known/jwks.json. */
public final class JwksStandIn implements AutoCloseable {

  private final HttpServer server;
  private volatile boolean down;

  public JwksStandIn(RSAKey key) {
    byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/.well-known/jwks.json",
        exchange -> {
          if (down) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
            return;
          }
          exchange.getResponseHeaders().set("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
  }

  /** While down, the key endpoint answers 503, as during an outage. */
  public void setDown(boolean down) {
    this.down = down;
  }

  public URI uri() {
    return URI.create(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/.well-known/jwks.json");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
