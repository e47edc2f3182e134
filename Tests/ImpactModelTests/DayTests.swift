import ImpactModel
import Testing

// Ordinals worked out with Python's datetime: (date - date(1970, 1, 1)).days.
@Test(arguments: [
  (1970, 1, 1, 0), (2025, 7, 14, 20283), (2000, 2, 29, 11016), (1900, 3, 1, -25508),
  (1969, 12, 31, -1), (2024, 12, 31, 20088),
])
func dayOrdinalMatchesTheCalendar(year: Int, month: Int, day: Int, ordinal: Int32) throws {
  let date = try #require(Day(year: year, month: month, day: day))
  #expect(date.ordinal == ordinal)
  #expect(date.components == (year, month, day))
}

@Test func impossibleDatesAreRejected() {
  #expect(Day(year: 2025, month: 2, day: 29) == nil)
  #expect(Day(year: 1900, month: 2, day: 29) == nil)
  #expect(Day(year: 2025, month: 4, day: 31) == nil)
  #expect(Day(year: 2025, month: 13, day: 1) == nil)
  #expect(Day(year: 2025, month: 1, day: 0) == nil)
  #expect(Day(year: 2024, month: 2, day: 29) != nil)
}

@Test func dayPrintsAsISO() {
  #expect(Day(year: 2025, month: 7, day: 4)!.description == "2025-07-04")
  #expect(Day(ordinal: 0).description == "1970-01-01")
}

@Test func dayArithmetic() {
  let start = Day(year: 2025, month: 4, day: 1)!
  let end = Day(year: 2026, month: 3, day: 31)!
  #expect(start.days(to: end) == 364)
  #expect(start.adding(days: 30) == Day(year: 2025, month: 5, day: 1)!)
  #expect(start < end)
}

private func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Day {
  Day(year: year, month: month, day: dayOfMonth)!
}

@Test func daysBetweenAcrossAYearBoundary() {
  // 25 Dec 2024 → 5 Jan 2025: 6 days left in December, then 5 in January.
  #expect(day(2024, 12, 25).days(to: day(2025, 1, 5)) == 11)
  #expect(day(2025, 1, 5).days(to: day(2024, 12, 25)) == -11)
  // 31 Dec 2023 → 1 Mar 2024: January 31, February 29 (a leap year), then 1.
  #expect(day(2023, 12, 31).days(to: day(2024, 3, 1)) == 61)
  #expect(day(2025, 3, 1).days(to: day(2025, 3, 1)) == 0)
}

@Test func addingMonthsKeepsTheDayOrTheMonthEnd() {
  // 29 Feb 2024 + 12 months: 2025 has no 29 February, so the month's last day.
  #expect(day(2024, 2, 29).adding(months: 12) == day(2025, 2, 28))
  #expect(day(2024, 2, 29).adding(months: 48) == day(2028, 2, 29))
  // 31 Jan + 1 month: 29 Feb in a leap year, 28 Feb otherwise.
  #expect(day(2024, 1, 31).adding(months: 1) == day(2024, 2, 29))
  #expect(day(2025, 1, 31).adding(months: 1) == day(2025, 2, 28))
  // Across year ends, both ways.
  #expect(day(2025, 11, 15).adding(months: 3) == day(2026, 2, 15))
  #expect(day(2025, 3, 31).adding(months: -4) == day(2024, 11, 30))
  #expect(day(2025, 7, 14).adding(months: 0) == day(2025, 7, 14))
}

@Test func wholeYearsOfAgeTurnOnTheBirthday() {
  let birth = day(2010, 6, 15)
  #expect(birth.wholeYears(to: day(2025, 6, 14)) == 14)
  #expect(birth.wholeYears(to: day(2025, 6, 15)) == 15)
  #expect(birth.wholeYears(to: day(2025, 6, 16)) == 15)
  #expect(birth.wholeYears(to: birth) == 0)
  // Born 29 Feb 2008: still 16 on 28 Feb 2025, 17 on 1 Mar 2025; 16 on 29 Feb 2024.
  let leapling = day(2008, 2, 29)
  #expect(leapling.wholeYears(to: day(2025, 2, 28)) == 16)
  #expect(leapling.wholeYears(to: day(2025, 3, 1)) == 17)
  #expect(leapling.wholeYears(to: day(2024, 2, 29)) == 16)
  // Earlier dates count back: the day before a birth is -1.
  #expect(birth.wholeYears(to: day(2010, 6, 14)) == -1)
}

@Test func stringPoolInternsInFirstSeenOrder() {
  var pool = StringPool()
  #expect(pool.intern("Youth Theatre") == 0)
  #expect(pool.intern("Memory Café") == 1)
  #expect(pool.intern("Youth Theatre") == 0)
  #expect(pool[1] == "Memory Café")
  #expect(pool.count == 2)
  #expect(pool.id(of: "absent") == nil)
}

@Test func ageBandsCoverEveryAge() {
  #expect(AgeBand(age: 0) == .age0to4)
  #expect(AgeBand(age: 19) == .age16to19)
  #expect(AgeBand(age: 20) == .age20to24)
  #expect(AgeBand(age: 64) == .age50to64)
  #expect(AgeBand(age: 75) == .age75plus)
  #expect(AgeBand(age: -1) == nil)
}

@Test func ethnicityLabelsFollowONS2021() {
  #expect(EthnicityCategory.allCases.count == 19)
  #expect(EthnicityCategory.indian.label == "Asian, Asian British or Asian Welsh: Indian")
  #expect(
    EthnicityCategory.whiteBritish.label
      == "White: English, Welsh, Scottish, Northern Irish or British")
  #expect(EthnicityCategory.arab.group == .other)
  #expect(EthnicityCategory.allCases.filter { $0.group == .white }.count == 5)
}

@Test func participantTableAddsPeopleOnce() {
  var table = ParticipantTable()
  let field = table.extraField(named: "care_experienced")
  #expect(table.index(for: "P001") == 0)
  #expect(table.index(for: "P002") == 1)
  #expect(table.index(for: "P001") == 0)
  #expect(table.count == 2)
  #expect(table.extraValues[field] == [-1, -1])
  #expect(ParticipantProfile().imdQuintile == nil)
  var profile = ParticipantProfile()
  profile.imdDecile = 3
  #expect(profile.imdQuintile == 2)
}
