package com.spendwise.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the problem bodies of the API: RFC 9457 fields plus {@code code} (stable,
 * machine-readable) and, for validation, {@code errors} with one entry per offending field.
 */
public final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setProperty("code", code);
    return problem;
  }

  public static ProblemDetail of(
      HttpStatus status, String code, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = of(status, code, detail);
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
    return problem;
  }

  /** The answer to a request body over the configured limit, whether announced or streamed. */
  public static ProblemDetail payloadTooLarge() {
    return of(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "payload-too-large",
        "The request body is larger than this service accepts.");
  }

  /** For code outside Spring MVC (servlet filters, security entry points). */
  public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    if (problem.getProperties() != null) {
      body.putAll(problem.getProperties());
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), body);
  }
}
