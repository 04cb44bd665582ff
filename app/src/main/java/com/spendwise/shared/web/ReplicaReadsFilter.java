package com.spendwise.shared.web;

import com.spendwise.shared.ReplicaReads;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The requests whose reads may come from the read replica (when one is configured): reading
 * reports, exports and backups, API and pages. Everything else reads the primary.
 */
@Component
class ReplicaReadsFilter extends OncePerRequestFilter {

  static final List<String> PREFIXES =
      List.of(
          "/api/v1/reports",
          "/api/v1/transactions/export",
          "/api/v1/backup",
          "/reports",
          "/transactions/export",
          "/profile/backup");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!"GET".equals(request.getMethod()) || !replicaRoute(request.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    try {
      ReplicaReads.call(
          () -> {
            try {
              chain.doFilter(request, response);
              return null;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (ServletException e) {
              throw new WrappedServletException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (WrappedServletException e) {
      throw (ServletException) e.getCause();
    }
  }

  static boolean replicaRoute(String path) {
    for (String prefix : PREFIXES) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        return !path.startsWith("/api/v1/backup/restore");
      }
    }
    return false;
  }

  private static final class WrappedServletException extends RuntimeException {
    WrappedServletException(ServletException cause) {
      super(cause);
    }
  }
}
