package com.spendwise.shared;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A client error with a stable machine-readable code, rendered as an RFC 9457 problem. Services
 * throw it; the web layer turns it into a response and never into a 500.
 */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final String code;
  private final List<FieldProblem> fieldProblems;
  private final Duration retryAfter;

  public ProblemException(HttpStatus status, String code, String detail) {
    this(status, code, detail, List.of(), null);
  }

  private ProblemException(
      HttpStatus status,
      String code,
      String detail,
      List<FieldProblem> fieldProblems,
      Duration retryAfter) {
    super(detail, null, false, false);
    this.status = status;
    this.code = code;
    this.fieldProblems = List.copyOf(fieldProblems);
    this.retryAfter = retryAfter;
  }

  /** Another user's resource is reported exactly like a missing one. */
  public static ProblemException notFound(String what) {
    return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " was not found.");
  }

  public static ProblemException conflict(String code, String detail) {
    return new ProblemException(HttpStatus.CONFLICT, code, detail);
  }

  public static ProblemException invalidField(String field, String code, String message) {
    return invalidFields(List.of(new FieldProblem(field, code, message)));
  }

  public static ProblemException invalidFields(List<FieldProblem> problems) {
    return new ProblemException(
        HttpStatus.BAD_REQUEST,
        "validation-failed",
        "The request has invalid fields.",
        problems,
        null);
  }

  /** A problem about particular fields that is not a 400: missing references, conflicts. */
  public static ProblemException withFields(
      HttpStatus status, String code, String detail, List<FieldProblem> problems) {
    return new ProblemException(status, code, detail, problems, null);
  }

  public static ProblemException staleVersion() {
    return new ProblemException(
        HttpStatus.PRECONDITION_FAILED,
        "precondition-failed",
        "The resource was changed since it was read (If-Match does not match its ETag).");
  }

  public static ProblemException tooManyRequests(String code, String detail, Duration retryAfter) {
    return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, code, detail, List.of(), retryAfter);
  }

  public HttpStatus status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<FieldProblem> fieldProblems() {
    return fieldProblems;
  }

  /** How long the client should wait before retrying, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
