package com.spendwise.shared.ui;

import com.spendwise.shared.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page that names something missing, or another user's, answers with a "not found" page (404);
 * any other refusal a page did not handle next to a field gets a plain page with its status. Never
 * the API's problem JSON, never a trace.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageProblems {

  @ExceptionHandler(ProblemException.class)
  ModelAndView refused(ProblemException e) {
    boolean missing = e.status() == HttpStatus.NOT_FOUND;
    ModelAndView page = new ModelAndView("shared/problem");
    page.addObject("missing", missing);
    page.setStatus(e.status());
    page.addObject("code", e.code());
    return page;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView badAddress() {
    ModelAndView page = new ModelAndView("shared/problem");
    page.addObject("missing", true);
    page.setStatus(HttpStatus.NOT_FOUND);
    return page;
  }
}
