import ImpactModel
import Testing

@testable import ImpactIngest

struct DateParserTests {
  let dayFirst = DateParser(order: .dayFirst)
  let monthFirst = DateParser(order: .monthFirst)

  func day(_ year: Int, _ month: Int, _ day: Int) -> ParsedValue<Day> {
    .value(Day(year: year, month: month, day: day)!)
  }

  @Test func readsEveryAcceptedFormDayFirst() {
    let forms = [
      "2025-07-14", "2025/07/14", "2025.07.14", "20250714", "14/07/2025", "14/7/25", "14/7/2025",
      "14-07-2025", "14.07.2025", "14 Jul 2025", "14 July 2025", "14 JUL 2025", "14-Jul-2025",
      "14 Jul 25", "14th July 2025", "Jul 14, 2025", "July 14 2025", "July 14th, 2025",
      "Mon 14 Jul 2025", "Monday, 14 July 2025", "Mon, Jul 14, 2025", "  14/07/2025  ",
      "\u{00A0}14/07/2025\u{00A0}", "Mon. 14 Jul 2025", "MONDAY 14 JULY 2025",
    ]
    for form in forms {
      #expect(dayFirst.parse(form) == day(2025, 7, 14), "\(form)")
    }
  }

  @Test func readsShortenedNames() {
    #expect(dayFirst.parse("1 Sept 2025") == day(2025, 9, 1))
    #expect(dayFirst.parse("Thurs 4 Sep 2025") == day(2025, 9, 4))
    #expect(dayFirst.parse("Weds 3 Sep 2025") == day(2025, 9, 3))
    #expect(dayFirst.parse("Tues, 2 Dec 2025") == day(2025, 12, 2))
    #expect(dayFirst.parse("31 Dece 2025") == day(2025, 12, 31))
    #expect(dayFirst.parse("1 Ju 2025") == .invalid("`1 Ju 2025` is not a date"))
    #expect(dayFirst.parse("1 Julyy 2025") == .invalid("`1 Julyy 2025` is not a date"))
  }

  @Test func readsDateTimesIgnoringTheTime() {
    for form in [
      "2025-07-14T10:30:00Z", "2025-07-14T10:30:00.123+01:00", "2025-07-14 10:30",
      "14/07/2025 10:30:15", "14/07/2025 2pm", "14 Jul 2025, 10:30",
    ] {
      #expect(dayFirst.parse(form) == day(2025, 7, 14), "\(form)")
    }
    #expect(monthFirst.parse("07/14/2025 10:30 AM") == day(2025, 7, 14))
  }

  @Test func readsMonthFirstDates() {
    #expect(monthFirst.parse("07/14/2025") == day(2025, 7, 14))
    #expect(monthFirst.parse("7/14/25") == day(2025, 7, 14))
    // Year-first and month-name dates do not depend on the order.
    #expect(monthFirst.parse("2025-03-04") == day(2025, 3, 4))
    #expect(monthFirst.parse("14 Jul 2025") == day(2025, 7, 14))
  }

  @Test func readsAmbiguousDatesInTheConfiguredOrder() {
    #expect(dayFirst.parse("03/04/2025") == day(2025, 4, 3))
    #expect(monthFirst.parse("03/04/2025") == day(2025, 3, 4))
    #expect(DateParser().parse("03/04/2025") == day(2025, 4, 3))
  }

  @Test func checksLeapDays() {
    #expect(dayFirst.parse("29/02/2024") == day(2024, 2, 29))
    #expect(dayFirst.parse("29/02/2025") == .invalid("`29/02/2025` is not a date"))
    #expect(dayFirst.parse("29/02/2000") == day(2000, 2, 29))
    #expect(dayFirst.parse("29/02/1900") == .invalid("`29/02/1900` is not a date"))
  }

  @Test func rejectsImpossibleDates() {
    #expect(dayFirst.parse("31/02/2025") == .invalid("`31/02/2025` is not a date"))
    #expect(dayFirst.parse("2025-13-01") == .invalid("`2025-13-01` is not a date"))
    #expect(dayFirst.parse("31 Apr 2025") == .invalid("`31 Apr 2025` is not a date"))
    #expect(dayFirst.parse("20251301") == .invalid("`20251301` is not a date"))
  }

  @Test func hintsAtTheOrderWhenSwappingWouldRead() {
    #expect(
      dayFirst.parse("07/14/2025")
        == .invalid(
          "`07/14/2025` is not a date read day first"
            + " (for month-first dates, set date_order: MDY in impact.yml)"))
    #expect(
      monthFirst.parse("14/07/2025")
        == .invalid("`14/07/2025` is not a date read month first (date_order is MDY in impact.yml)")
    )
  }

  @Test func readsTwoDigitYearsTheExcelWay() {
    #expect(dayFirst.parse("14/7/29") == day(2029, 7, 14))
    #expect(dayFirst.parse("14/7/30") == day(1930, 7, 14))
    #expect(dayFirst.parse("1/1/00") == day(2000, 1, 1))
    #expect(dayFirst.parse("31/12/99") == day(1999, 12, 31))
  }

  @Test func readsExcelSerialNumbers() {
    #expect(dayFirst.parse("45852") == day(2025, 7, 14))
    #expect(dayFirst.parse("45852.5") == day(2025, 7, 14))
    #expect(dayFirst.parse("45852.0") == day(2025, 7, 14))
    #expect(dayFirst.parse("44927") == day(2023, 1, 1))
    #expect(dayFirst.parse("1") == day(1900, 1, 1))
    #expect(dayFirst.parse("59") == day(1900, 2, 28))
    #expect(dayFirst.parse("61") == day(1900, 3, 1))
    #expect(dayFirst.parse("73415") == day(2100, 12, 31))
    #expect(
      dayFirst.parse("60") == .invalid("`60` is Excel's 29 February 1900, a day that did not exist")
    )
    #expect(dayFirst.parse("0") == .invalid("`0` is not a date"))
    #expect(
      dayFirst.parse("999999")
        == .invalid("`999999` is not a date (as an Excel date number it would fall after 2100)"))
  }

  @Test func rejectsTextThatIsNoDate() {
    for text in [
      "next Tuesday", "14/07", "July 2025", "14/07/2025 banana", "45852abc", "14//07/2025",
      "14/07-2025", "2025-07-14T", "Monday", "14 Foo 2025", "123/07/2025",
    ] {
      #expect(dayFirst.parse(text) == .invalid("`\(text)` is not a date"), "\(text)")
    }
  }

  @Test func blankIsUnknown() {
    #expect(dayFirst.parse("") == .unknown)
    #expect(dayFirst.parse("   ") == .unknown)
  }
}
