package com.spendwise.auth.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a request comes from, as a person would recognise it: the client's address (behind the load
 * balancer, the one it forwarded) and a device named from the user agent ("Chrome on Windows"),
 * never the raw header.
 */
record Requester(String address, String device) {

  static final Requester UNKNOWN = new Requester("unknown", "Unknown device");

  /** The request being served on this thread, if any. */
  static Requester current() {
    if (!(RequestContextHolder.getRequestAttributes()
        instanceof ServletRequestAttributes current)) {
      return UNKNOWN;
    }
    return of(current.getRequest());
  }

  static Requester of(HttpServletRequest request) {
    String address = request.getRemoteAddr();
    return new Requester(
        address == null ? "unknown" : clip(shortened(address)),
        device(request.getHeader("User-Agent")));
  }

  /** An IPv6 address as people write it: the longest run of zero groups as "::" ("::1"). */
  static String shortened(String address) {
    if (!address.contains(":") || address.contains("::")) {
      return address;
    }
    String[] groups = address.split(":");
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < groups.length; i++) {
      int j = i;
      while (j < groups.length && groups[j].matches("0+")) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
    }
    if (bestStart < 0) {
      return address;
    }
    String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
    String tail =
        String.join(
            ":", java.util.Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
    return head + "::" + tail;
  }

  /**
   * A browser and system named from a user agent ("Chrome (Windows)": product names, the same in
   * every language), or the product name of a client that is not a browser.
   */
  static String device(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return "Unknown device";
    }
    String ua = userAgent.toLowerCase(Locale.ROOT);
    String browser =
        ua.contains("edg/")
            ? "Edge"
            : ua.contains("opr/") || ua.contains("opera")
                ? "Opera"
                : ua.contains("firefox/")
                    ? "Firefox"
                    : ua.contains("chrome/") || ua.contains("chromium/") || ua.contains("crios/")
                        ? "Chrome"
                        : ua.contains("safari/") && ua.contains("version/") ? "Safari" : null;
    String system =
        ua.contains("iphone")
            ? "iPhone"
            : ua.contains("ipad")
                ? "iPad"
                : ua.contains("android")
                    ? "Android"
                    : ua.contains("windows")
                        ? "Windows"
                        : ua.contains("mac os x") || ua.contains("macintosh")
                            ? "macOS"
                            : ua.contains("cros")
                                ? "ChromeOS"
                                : ua.contains("linux") ? "Linux" : null;
    if (browser == null) {
      // Not a browser: a script or an app. Its product name, without version or details.
      String product = userAgent.strip().split("[/\\s;(]", 2)[0];
      return clip(
          product.isEmpty()
              ? "Unknown device"
              : product + (system == null ? "" : " (" + system + ")"));
    }
    return system == null ? browser : browser + " (" + system + ")";
  }

  private static String clip(String text) {
    return text.length() <= 100 ? text : text.substring(0, 100);
  }
}
