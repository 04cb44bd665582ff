package com.spendwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.spendwise.support.ApiTest;
import com.spendwise.support.PageClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The profile form, like every edit form, refuses a save from a page opened before a change. */
class ProfileFormTest extends ApiTest {

  private static Map<String, Object> profile(String name, String version) {
    return Map.of(
        "displayName", name,
        "defaultCurrency", "VND",
        "timeZone", "Asia/Ho_Chi_Minh",
        "language", "",
        "version", version);
  }

  @Test
  void aSaveFromAStaleProfilePageShowsWhatIsSavedInstead() {
    PageClient page = new PageClient(port, "en").register(uniqueEmail(), "a long enough password");
    String opened = page.get("/profile").body();
    assertThat(opened).contains("name=\"version\" value=\"");
    String version = opened.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");

    assertThat(page.post("/profile", profile("Lan", version)).statusCode()).isEqualTo(302);
    HttpResponse<String> stale = page.post("/profile", profile("Mai", version));

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("This changed since you opened the page")
        .contains("value=\"Lan\"")
        .doesNotContain("value=\"Mai\"");
    assertThat(page.get("/profile").body()).contains("value=\"Lan\"");
  }
}
