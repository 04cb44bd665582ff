package com.spendwise.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser: the web app's pages over real HTTP with a session cookie
 * and the CSRF token of the last form seen. For page behaviour that needs no JavaScript or layout;
 * what a person sees is checked in Chromium.
 */
public final class PageClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final int port;
  private final String language;
  private final HttpClient http;
  private String csrf;

  public PageClient(int port, String language) {
    this.port = port;
    this.language = language;
    this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /** Registers a new local account through the registration page; the client is signed in. */
  public PageClient register(String email, String password) {
    get("/register");
    HttpResponse<String> done = post("/register", Map.of("email", email, "password", password));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    return this;
  }

  /** Signs in to an existing local account through the sign-in form. */
  public HttpResponse<String> signIn(String email, String password) {
    get("/signin");
    HttpResponse<String> signedIn = post("/signin", Map.of("email", email, "password", password));
    get("/profile"); // the CSRF token of the new session
    return signedIn;
  }

  public HttpResponse<String> get(String path) {
    HttpResponse<String> response =
        send(request(path).header("Accept", "text/html,application/xhtml+xml").GET());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return response;
  }

  /** Submits a form (fields in order; a repeated field as a list) with the session's CSRF token. */
  public HttpResponse<String> post(String path, Map<String, ?> fields) {
    if (csrf == null) {
      get("/");
    }
    String body =
        fields.entrySet().stream()
                .flatMap(
                    field ->
                        (field.getValue() instanceof List<?> values
                                ? values
                                : List.of(field.getValue()))
                            .stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"))
            + "&_csrf="
            + encode(csrf);
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept-Language", language);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
  }
}
