package com.spendwise.shared;

import com.spendwise.shared.Idempotency.StoredResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP side of idempotency keys: a POST's response is stored as the JSON the client received,
 * and a replay sends exactly that back with the original status, Location and ETag.
 */
@Component
public class IdempotentPosts {

  public static final String HEADER = "Idempotency-Key";
  private static final String REPLAYED = "Idempotent-Replayed";

  private final Idempotency idempotency;
  private final JsonMapper json;

  IdempotentPosts(Idempotency idempotency, JsonMapper json) {
    this.idempotency = idempotency;
    this.json = json;
  }

  /**
   * Runs {@code work} (which returns the response it would send) once per key. Without a key it
   * simply runs. {@code request} is the parsed body; its canonical JSON identifies the request.
   */
  public ResponseEntity<?> post(
      UUID userId, String key, String path, Object request, Supplier<ResponseEntity<?>> work) {
    if (key == null) {
      return work.get();
    }
    Idempotency.Replay replay =
        idempotency.run(userId, key, hash(path, request), () -> store(work.get()));
    StoredResponse stored = replay.response();
    ResponseEntity.BodyBuilder response =
        ResponseEntity.status(stored.status()).contentType(MediaType.APPLICATION_JSON);
    if (stored.location() != null) {
      response.location(URI.create(stored.location()));
    }
    if (stored.etag() != null) {
      response.eTag(stored.etag());
    }
    if (replay.replayed()) {
      response.header(REPLAYED, "true");
    }
    return response.body(stored.body());
  }

  /** The 201 of a created resource: its Location under {@code collection} and its ETag. */
  public static <T> ResponseEntity<T> created(String collection, UUID id, long version, T body) {
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create(collection + "/" + id))
        .eTag(ETags.of(version))
        .body(body);
  }

  private StoredResponse store(ResponseEntity<?> response) {
    HttpHeaders headers = response.getHeaders();
    return new StoredResponse(
        response.getStatusCode().value(),
        headers.getLocation() == null ? null : headers.getLocation().toString(),
        headers.getETag(),
        json.writeValueAsString(response.getBody()));
  }

  private String hash(String path, Object request) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(path.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(json.writeValueAsBytes(request));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
