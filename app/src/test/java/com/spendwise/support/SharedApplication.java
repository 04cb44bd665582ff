package com.spendwise.support;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * The application context (and database) the API tests share, from Spring's cache, for jqwik
 * properties, which Spring's test runner does not drive.
 */
public final class SharedApplication {

  private SharedApplication() {}

  static class Context extends ApiTest {}

  private static ApplicationContext context() {
    return new TestContextManager(Context.class).getTestContext().getApplicationContext();
  }

  public static Api api() {
    return new Api(((WebServerApplicationContext) context()).getWebServer().getPort());
  }

  public static JdbcClient jdbc() {
    return context().getBean(JdbcClient.class);
  }
}
