import Testing

@testable import ImpactIngest

struct NumberParserTests {
  @Test func readsDecimals() {
    let cases: [(String, Double)] = [
      ("1.5", 1.5), ("90", 90), ("-2", -2), ("+3", 3), (".5", 0.5), ("1,200.5", 1200.5),
      ("0", 0), (" 2.25 ", 2.25), ("1,234,567", 1_234_567),
    ]
    for (text, value) in cases {
      #expect(NumberParser.decimal(text) == .value(value), "\(text)")
    }
    for text in ["abc", "1,5", "1.2.3", "12,34,567", "1 200", "5 hours", "-", "."] {
      #expect(NumberParser.decimal(text) == .invalid("`\(text)` is not a number"), "\(text)")
    }
    #expect(NumberParser.decimal("") == .unknown)
  }

  @Test func readsDurations() {
    #expect(NumberParser.duration("1.5") == .value(1.5))
    #expect(NumberParser.duration("0") == .value(0))
    #expect(NumberParser.duration("-1") == .invalid("`-1` is less than 0"))
    #expect(NumberParser.duration("long") == .invalid("`long` is not a number"))
  }

  @Test func readsHeadcounts() {
    #expect(NumberParser.headcount("12") == .value(12))
    #expect(NumberParser.headcount("12.0") == .value(12))
    #expect(NumberParser.headcount("1,200") == .value(1200))
    #expect(NumberParser.headcount("1") == .value(1))
    #expect(NumberParser.headcount("0") == .invalid("`0` is less than 1"))
    #expect(NumberParser.headcount("-4") == .invalid("`-4` is less than 1"))
    #expect(NumberParser.headcount("2.5") == .invalid("`2.5` is not a whole number"))
    #expect(NumberParser.headcount("lots") == .invalid("`lots` is not a number"))
    #expect(NumberParser.headcount(" ") == .unknown)
  }

  @Test func readsCountsAndRanges() {
    #expect(NumberParser.count("0") == .value(0))
    #expect(NumberParser.count("30") == .value(30))
    #expect(NumberParser.count("-3") == .invalid("`-3` is less than 0"))
    #expect(NumberParser.integer("-3") == .value(-3))
    #expect(NumberParser.integer("7", in: 1...5) == .invalid("`7` is outside 1–5"))
    #expect(NumberParser.integer("5", in: 1...5) == .value(5))
  }

  @Test func readsDecilesOneToTen() {
    #expect(DecileParser.parse("1") == .value(1))
    #expect(DecileParser.parse("10") == .value(10))
    #expect(DecileParser.parse("0") == .invalid("`0` is outside 1–10"))
    #expect(DecileParser.parse("11") == .invalid("`11` is outside 1–10"))
    #expect(DecileParser.parse("3.5") == .invalid("`3.5` is not a whole number"))
    #expect(DecileParser.parse("") == .unknown)
  }
}
