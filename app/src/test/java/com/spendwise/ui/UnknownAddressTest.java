package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** An address nothing answers is the not-found page for a person, problem JSON only for the API. */
class UnknownAddressTest extends ApiTest {

  @Test
  void aSignedInBrowserGetsTheNotFoundPageInItsLanguage() {
    PageClient english =
        new PageClient(port, "en").register(uniqueEmail(), "a long enough password");
    PageClient vietnamese =
        new PageClient(port, "vi").register(uniqueEmail(), "a long enough password");

    HttpResponse<String> page = english.get("/no/such/page");
    HttpResponse<String> trang = vietnamese.get("/no/such/page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body())
        .contains("Not found", "Back to the dashboard")
        .doesNotContain("\"detail\"");
    assertThat(trang.statusCode()).isEqualTo(404);
    assertThat(trang.body()).contains("Không tìm thấy", "Về trang Tổng quan");

    HttpResponse<String> api = english.get("/api/v1/no-such-thing");
    assertThat(api.statusCode()).isIn(401, 404);
    assertThat(api.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }
}
