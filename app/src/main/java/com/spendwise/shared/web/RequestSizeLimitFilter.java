package com.spendwise.shared.web;

import com.spendwise.shared.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies: a declared length over the limit is refused before reading, and a body
 * without a declared length stops being read at the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

  /** Uploads of bank statements and backups to restore have limits of their own. */
  static final String IMPORTS = "/api/v1/imports";

  static final String RESTORE = "/api/v1/backup/restore";

  /** The web app's forms that upload the same: a statement, a backup. */
  static final String IMPORT_PAGE = "/import";

  static final String RESTORE_PAGE = "/profile/restore";

  private final long limit;
  private final long importLimit;
  private final long restoreLimit;

  RequestSizeLimitFilter(
      @Value("${spendwise.http.max-request-body:1MB}") DataSize limit,
      @Value("${spendwise.http.max-import-body:20MB}") DataSize importLimit,
      @Value("${spendwise.http.max-restore-body:1GB}") DataSize restoreLimit) {
    this.limit = limit.toBytes();
    this.importLimit = importLimit.toBytes();
    this.restoreLimit = restoreLimit.toBytes();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limitOf(request);
    if (request.getContentLengthLong() > limit) {
      Problems.write(response, Problems.payloadTooLarge());
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit), response);
  }

  private long limitOf(HttpServletRequest request) {
    if (!request.getMethod().equals("POST")) {
      return limit;
    }
    return switch (request.getRequestURI()) {
      case IMPORTS, IMPORT_PAGE -> importLimit;
      case RESTORE, RESTORE_PAGE -> restoreLimit;
      default -> limit;
    };
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedInputStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class LimitedInputStream extends ServletInputStream {

    private final ServletInputStream delegate;
    private final long limit;
    private long read;

    LimitedInputStream(ServletInputStream delegate, long limit) {
      this.delegate = delegate;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = delegate.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = delegate.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws RequestBodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new RequestBodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return delegate.isFinished();
    }

    @Override
    public boolean isReady() {
      return delegate.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      delegate.setReadListener(listener);
    }
  }
}
