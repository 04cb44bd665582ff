package com.spendwise.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Counts the SQL statements a page's handler runs (from the controller's start to the end of the
 * response, so not the session and sign-in lookups before it): each statement a connection prepares
 * or creates on the request's thread. The test reads the count of the last request to a path.
 */
public final class StatementCounter implements BeanPostProcessor, HandlerInterceptor {

  private static final Set<String> STATEMENTS =
      Set.of("prepareStatement", "createStatement", "prepareCall");

  private final ThreadLocal<List<String>> current = new ThreadLocal<>();
  private final Map<String, List<String>> last = new ConcurrentHashMap<>();

  /** The statements of the last request to {@code path}. */
  public List<String> last(String path) {
    List<String> statements = last.get(path);
    if (statements == null) {
      throw new IllegalStateException("no request to " + path + " was counted");
    }
    return statements;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    current.set(new ArrayList<>());
    return true;
  }

  @Override
  public void afterCompletion(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
    List<String> statements = current.get();
    current.remove();
    if (statements != null) {
      last.put(request.getRequestURI(), List.copyOf(statements));
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (!(bean instanceof DataSource)) {
      return bean;
    }
    // A subclass proxy, so that the bean keeps its type (a HikariDataSource, which metrics and
    // the pool's own checks ask for); only the connections it hands out are wrapped.
    ProxyFactory factory = new ProxyFactory(bean);
    factory.setProxyTargetClass(true);
    factory.addAdvice(
        (MethodInterceptor)
            invocation -> {
              Object result = invocation.proceed();
              return result instanceof Connection c ? connection(c) : result;
            });
    return factory.getProxy();
  }

  private Connection connection(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            forward(
                connection,
                (method, args, result) -> {
                  List<String> statements = current.get();
                  if (statements != null && STATEMENTS.contains(method)) {
                    String sql = args != null && args.length > 0 ? String.valueOf(args[0]) : method;
                    statements.add(sql.length() > 80 ? sql.substring(0, 80) : sql);
                  }
                  return result;
                }));
  }

  private interface After {
    Object apply(String method, Object[] args, Object result);
  }

  private static InvocationHandler forward(Object target, After after) {
    return (proxy, method, args) -> {
      if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
        return method.invoke(target, args);
      }
      try {
        return after.apply(method.getName(), args, method.invoke(target, args));
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    };
  }
}
