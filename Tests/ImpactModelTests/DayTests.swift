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
