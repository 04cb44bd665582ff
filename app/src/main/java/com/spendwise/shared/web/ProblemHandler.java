package com.spendwise.shared.web;

import com.spendwise.shared.DatabaseFailures;
import com.spendwise.shared.FieldProblem;
import com.spendwise.shared.ProblemException;
import com.spendwise.shared.Problems;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem with a stable {@code code}. Client errors say what
 * was wrong and where; server errors say nothing about the internals (no stack trace, no SQL).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  private final DatabaseFailures failures;

  ProblemHandler(DatabaseFailures failures) {
    this.failures = failures;
  }

  @ExceptionHandler(ProblemException.class)
  ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
    ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status());
    if (e.retryAfter() != null) {
      response.header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
    }
    return response.body(Problems.of(e.status(), e.code(), e.getMessage(), e.fieldProblems()));
  }

  /** A token whose account is gone (deleted while the token was still valid). */
  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> handleUnauthenticated(AuthenticationException e) {
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .body(
            Problems.of(
                HttpStatus.UNAUTHORIZED,
                "invalid-token",
                "This token's account no longer exists; sign in again."));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> handleIntegrityViolation(DataIntegrityViolationException e) {
    // Services check what clients can get wrong; reaching here means a race lost to a constraint.
    log.warn("Constraint violation: {}", e.getMostSpecificCause().getMessage());
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(
            Problems.of(
                HttpStatus.CONFLICT,
                "conflict",
                "The request conflicts with the current state of the data."));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    // A body read as a stream (a backup to restore) meets the size limit wherever it is.
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyTooLargeException) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.payloadTooLarge());
      }
    }
    if (failures.recognise(e)) {
      log.warn("Database unavailable: {}", e.getMessage());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, "5")
          .body(
              Problems.of(
                  HttpStatus.SERVICE_UNAVAILABLE,
                  "database-unavailable",
                  "The database cannot be reached right now. Try again: a write that may have"
                      + " been recorded is recognised by its Idempotency-Key."));
    }
    log.error("Unexpected error", e);
    return ResponseEntity.internalServerError()
        .body(
            Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "Something went wrong on our side; the request was not completed."));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                error ->
                    new FieldProblem(
                        error.getField(),
                        validationCode(error.getCode()),
                        error.getDefaultMessage()))
            .collect(Collectors.toList());
    return validationFailed(errors);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    result.getMethodParameter().getParameterName(),
                                    validationCode(error.getCodes()),
                                    error.getDefaultMessage())))
            .collect(Collectors.toList());
    return validationFailed(errors);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
    return validationFailed(
        List.of(new FieldProblem(name, "invalid-format", "Has the wrong format.")));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    Throwable cause = ex.getMostSpecificCause();
    if (cause instanceof RequestBodyTooLargeException) {
      return tooLarge();
    }
    if (cause instanceof UnrecognizedPropertyException unknown) {
      return validationFailed(
          List.of(
              new FieldProblem(path(unknown), "unknown-field", "Is not a field of this request.")));
    }
    if (cause instanceof JacksonException json && !(cause instanceof StreamReadException)) {
      return validationFailed(
          List.of(
              new FieldProblem(
                  path(json), "invalid-format", "Has the wrong type or format for this field.")));
    }
    return ResponseEntity.badRequest()
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "malformed-body",
                "The request body is missing or is not valid JSON."));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    if (body == null && ex instanceof ErrorResponse errorResponse) {
      body = errorResponse.getBody();
    }
    if (body instanceof ProblemDetail problem
        && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
      problem.setProperty("code", codeFor(statusCode));
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  private static ResponseEntity<Object> validationFailed(List<FieldProblem> errors) {
    return ResponseEntity.badRequest()
        .body(
            Problems.of(
                HttpStatus.BAD_REQUEST,
                "validation-failed",
                "The request has invalid fields.",
                errors));
  }

  private static ResponseEntity<Object> tooLarge() {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Problems.payloadTooLarge());
  }

  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String validationCode(String... constraintCodes) {
    String code =
        constraintCodes == null || constraintCodes.length == 0 ? null : constraintCodes[0];
    if (code == null) {
      return "invalid";
    }
    // "NotBlank" -> "not-blank": a stable code derived from the constraint's name.
    String simple = code.contains(".") ? code.substring(code.lastIndexOf('.') + 1) : code;
    return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  private static String codeFor(HttpStatusCode status) {
    HttpStatus known = HttpStatus.resolve(status.value());
    if (known == null) {
      return "error";
    }
    return known.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
