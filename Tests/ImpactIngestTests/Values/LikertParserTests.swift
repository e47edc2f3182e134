import Testing

@testable import ImpactIngest

struct LikertParserTests {
  @Test func readsWellbeingItems() {
    let cases: [(String, Int)] = [
      ("1", 1), ("2", 2), ("3", 3), ("4", 4), ("5", 5), ("4.0", 4), ("None of the time", 1),
      ("Rarely", 2), ("Some of the time", 3), ("often", 4), ("ALL OF THE TIME", 5),
      ("5 - All of the time", 5), ("4 (Often)", 4),
    ]
    for (text, value) in cases {
      #expect(LikertParser.wellbeingItem(text) == .value(value), "\(text)")
    }
    #expect(LikertParser.wellbeingItem("7") == .invalid("`7` is outside 1–5"))
    #expect(LikertParser.wellbeingItem("0") == .invalid("`0` is outside 1–5"))
    #expect(LikertParser.wellbeingItem("4.5") == .invalid("`4.5` is not a whole number"))
    #expect(
      LikertParser.wellbeingItem("Sometimes") == .invalid("`Sometimes` is not a score from 1 to 5"))
    #expect(LikertParser.wellbeingItem("") == .unknown)
    #expect(LikertParser.wellbeingItem("Prefer not to say") == .unknown)
  }

  @Test func readsSatisfaction() {
    let cases: [(String, Int)] = [
      ("1", 1), ("5", 5), ("Very poor", 1), ("Poor", 2), ("Fair", 3), ("Good", 4),
      ("Excellent", 5), ("Very dissatisfied", 1), ("Dissatisfied", 2),
      ("Neither satisfied nor dissatisfied", 3), ("Satisfied", 4), ("Very satisfied", 5),
      ("very unsatisfied", 1), ("unsatisfied", 2), ("average", 3), ("Neutral", 3),
      ("neither", 3), ("very good", 5),
    ]
    for (text, value) in cases {
      #expect(LikertParser.satisfaction(text) == .value(value), "\(text)")
    }
    #expect(LikertParser.satisfaction("6") == .invalid("`6` is outside 1–5"))
    #expect(LikertParser.satisfaction("Meh") == .invalid("`Meh` is not a score from 1 to 5"))
  }

  @Test func readsZeroToTenScales() {
    let cases: [(String, Int)] = [
      ("0", 0), ("7", 7), ("10", 10), ("10 - Extremely likely", 10), ("0 = Not at all", 0),
      ("7 (likely)", 7), ("Extremely likely", 10), ("Not at all likely", 0),
      ("not at all", 0), ("Completely", 10), ("extremely unlikely", 0),
    ]
    for (text, value) in cases {
      #expect(LikertParser.zeroToTen(text) == .value(value), "\(text)")
    }
    #expect(LikertParser.zeroToTen("11") == .invalid("`11` is outside 0–10"))
    #expect(LikertParser.zeroToTen("-1") == .invalid("`-1` is outside 0–10"))
    #expect(LikertParser.zeroToTen("Likely") == .invalid("`Likely` is not a score from 0 to 10"))
    #expect(LikertParser.zeroToTen("7th") == .invalid("`7th` is not a score from 0 to 10"))
  }
}
