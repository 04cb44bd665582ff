package com.spendwise.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ScheduleTest {

  @Test
  void monthEndsFollowTheAnchorNotThePreviousOccurrence() {
    Schedule monthly = new Schedule(Interval.MONTHLY, 1, LocalDate.of(2026, 1, 31), null);

    assertThat(monthly.occurrence(1)).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(monthly.occurrence(2)).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(monthly.after(LocalDate.of(2026, 2, 28))).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(new Schedule(Interval.MONTHLY, 1, LocalDate.of(2028, 1, 31), null).occurrence(1))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aLeapDayAnchorFallsOnTheLastOfFebruaryInOtherYears() {
    Schedule yearly = new Schedule(Interval.YEARLY, 1, LocalDate.of(2024, 2, 29), null);

    assertThat(yearly.after(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(yearly.after(LocalDate.of(2027, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Property(tries = 500)
  void firstOnOrAfterIsTheEarliestOccurrenceNotBeforeTheDate(
      @ForAll Interval interval,
      @ForAll @IntRange(min = 1, max = 13) int every,
      @ForAll @IntRange(min = 0, max = 3000) int startOffset,
      @ForAll @IntRange(min = -40, max = 2000) int dateOffset) {
    LocalDate start = LocalDate.of(2020, 1, 1).plusDays(startOffset);
    LocalDate date = start.plusDays(dateOffset);
    Schedule schedule = new Schedule(interval, every, start, null);

    // Brute force: walk the occurrences from the anchor.
    LocalDate expected = start;
    for (long k = 0; expected.isBefore(date); k++) {
      expected = schedule.occurrence(k + 1);
    }

    assertThat(schedule.firstOnOrAfter(date)).isEqualTo(expected);
  }
}
