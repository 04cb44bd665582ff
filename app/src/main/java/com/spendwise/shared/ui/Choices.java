package com.spendwise.shared.ui;

import com.spendwise.shared.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * What the forms offer to choose from: every currency the JDK knows (the usual ones first, each
 * with its name in the page's language), and every time zone by its city and offset.
 */
public final class Choices {

  /** An option of a select: its value and what a person reads. */
  public record Choice(String value, String label) {}

  private static final Set<String> REGIONS =
      Set.of(
          "Africa",
          "America",
          "Antarctica",
          "Asia",
          "Atlantic",
          "Australia",
          "Europe",
          "Indian",
          "Pacific");

  /** Cities whose Vietnamese name is not their English one. */
  private static final Map<String, String> VIETNAMESE_CITIES =
      Map.of("Ho_Chi_Minh", "Hồ Chí Minh", "Saigon", "Sài Gòn");

  private Choices() {}

  /** {@link #currencies(Locale)} in the language of the page being rendered. */
  public static List<Choice> currencies() {
    return currencies(LocaleContextHolder.getLocale());
  }

  /** The usual currencies first (as the pages always offered them), then the rest by code. */
  public static List<Choice> currencies(Locale locale) {
    Locale language = MoneyFormat.formatting(locale);
    List<Choice> choices = new ArrayList<>();
    for (String code : MoneyFormat.OFFERED_CURRENCIES) {
      choices.add(currency(Currency.getInstance(code), language));
    }
    Currency.getAvailableCurrencies().stream()
        .filter(c -> !MoneyFormat.OFFERED_CURRENCIES.contains(c.getCurrencyCode()))
        .filter(c -> Money.currency(c.getCurrencyCode()).isPresent())
        .sorted(Comparator.comparing(Currency::getCurrencyCode))
        .forEach(c -> choices.add(currency(c, language)));
    return choices;
  }

  private static Choice currency(Currency c, Locale language) {
    return new Choice(
        c.getCurrencyCode(), c.getCurrencyCode() + " · " + c.getDisplayName(language));
  }

  /**
   * Every time zone of a city, "(UTC+07:00) Ho Chi Minh", by offset {@code now} and then by city;
   * UTC first. {@code current} is kept even if it is not one of them (an older profile's zone).
   */
  public static List<Choice> timeZones(Locale locale, Instant now, String current) {
    boolean vietnamese = locale.getLanguage().equals("vi");
    List<ZoneChoice> zones = new ArrayList<>();
    for (String id : ZoneId.getAvailableZoneIds()) {
      int slash = id.indexOf('/');
      if (slash > 0 && REGIONS.contains(id.substring(0, slash))) {
        zones.add(new ZoneChoice(id, ZoneId.of(id).getRules().getOffset(now)));
      }
    }
    zones.sort(
        Comparator.comparing((ZoneChoice z) -> z.offset().getTotalSeconds())
            .thenComparing(z -> city(z.id(), vietnamese)));
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("UTC", "(UTC) UTC"));
    if (current != null
        && !current.equals("UTC")
        && zones.stream().noneMatch(z -> z.id().equals(current))) {
      choices.add(new Choice(current, current));
    }
    for (ZoneChoice z : zones) {
      choices.add(new Choice(z.id(), "(" + offset(z.offset()) + ") " + city(z.id(), vietnamese)));
    }
    return choices;
  }

  private record ZoneChoice(String id, ZoneOffset offset) {}

  private static String offset(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
  }

  private static String city(String id, boolean vietnamese) {
    String city = id.substring(id.lastIndexOf('/') + 1);
    if (vietnamese && VIETNAMESE_CITIES.containsKey(city)) {
      return VIETNAMESE_CITIES.get(city);
    }
    return city.replace('_', ' ');
  }
}
