package com.spendwise.shared.ui;

import com.spendwise.shared.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: a person's browser gets the "not found" page in their language; only
 * addresses under {@code /api/} answer with the API's problem JSON. No controller handled the
 * request, so this advice applies to every request rather than to the pages' package.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
  Object notFound(HttpServletRequest request, ErrorResponse e) {
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND)
          .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getBody().getDetail()));
    }
    ModelAndView page = new ModelAndView("shared/problem");
    page.addObject("missing", true);
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }
}
