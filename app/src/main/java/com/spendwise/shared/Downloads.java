package com.spendwise.shared;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A file to save, streamed as it is written: {@code spendwise-<what>-<day>.<extension>}. */
public final class Downloads {

  public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private Downloads() {}

  public static ResponseEntity<StreamingResponseBody> file(
      String what, LocalDate day, String extension, MediaType type, StreamingResponseBody body) {
    String name = "spendwise-" + what + "-" + day + "." + extension;
    // The body is written on another thread, after the request's own: it reads where the request
    // was allowed to (the read replica, for downloads).
    StreamingResponseBody written =
        ReplicaReads.allowed() ? out -> ReplicaReads.write(() -> body.writeTo(out)) : body;
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(written);
  }
}
