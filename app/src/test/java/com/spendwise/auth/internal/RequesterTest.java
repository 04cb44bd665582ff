package com.spendwise.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequesterTest {

  @Test
  void devicesAreNamedByBrowserAndSystem() {
    assertThat(
            Requester.device(
                "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
        .isEqualTo("Edge (Windows)");
    assertThat(
            Requester.device(
                "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
                    + " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
        .isEqualTo("Safari (iPhone)");
    assertThat(
            Requester.device(
                "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
                    + " Chrome/131.0.0.0 Mobile Safari/537.36"))
        .isEqualTo("Chrome (Android)");
    assertThat(Requester.device("curl/8.5.0")).isEqualTo("curl");
    assertThat(Requester.device(null)).isEqualTo("Unknown device");
    assertThat(Requester.device("x".repeat(500))).hasSize(100);
  }

  @Test
  void ipv6AddressesAreShortened() {
    assertThat(Requester.shortened("0:0:0:0:0:0:0:1")).isEqualTo("::1");
    assertThat(Requester.shortened("2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
    assertThat(Requester.shortened("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:3:4:5:6");
    assertThat(Requester.shortened("203.0.113.7")).isEqualTo("203.0.113.7");
  }
}
