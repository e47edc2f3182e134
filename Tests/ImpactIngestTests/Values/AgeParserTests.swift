import ImpactModel
import Testing

@testable import ImpactIngest

struct AgeParserTests {
  @Test func readsBirthYears() {
    #expect(AgeParser.birthYear("1985") == .value(1985))
    #expect(AgeParser.birthYear(" 2012 ") == .value(2012))
    #expect(AgeParser.birthYear("85") == .invalid("`85` is not a year of birth"))
    #expect(AgeParser.birthYear("1850") == .invalid("`1850` is not a year of birth"))
    #expect(AgeParser.birthYear("c. 1985") == .invalid("`c. 1985` is not a year of birth"))
    #expect(AgeParser.birthYear("") == .unknown)
  }

  @Test func readsAges() {
    #expect(AgeParser.age("34") == .value(34))
    #expect(AgeParser.age("0") == .value(0))
    #expect(AgeParser.age("120") == .value(120))
    #expect(AgeParser.age("34 years") == .value(34))
    #expect(AgeParser.age("34 yrs") == .value(34))
    #expect(AgeParser.age("34 years old") == .value(34))
    #expect(AgeParser.age("212") == .invalid("an age of 212 is outside 0–120"))
    #expect(AgeParser.age("-1") == .invalid("an age of -1 is outside 0–120"))
    #expect(AgeParser.age("old") == .invalid("`old` is not an age in years"))
    #expect(AgeParser.age("34.5") == .invalid("`34.5` is not an age in years"))
    #expect(AgeParser.age("34 years young") == .invalid("`34 years young` is not an age in years"))
    #expect(AgeParser.age("") == .unknown)
  }

  @Test func readsTheTenBands() {
    let cases: [(String, AgeBand)] = [
      ("0-4", .age0to4), ("5-11", .age5to11), ("12-15", .age12to15), ("16-19", .age16to19),
      ("20-24", .age20to24), ("25-34", .age25to34), ("35-49", .age35to49),
      ("50-64", .age50to64), ("65-74", .age65to74), ("75+", .age75plus),
    ]
    for (text, band) in cases {
      #expect(AgeParser.band(text) == .band(band), "\(text)")
    }
  }

  @Test func readsBandsWrittenOtherWays() {
    let cases: [(String, AgeBand)] = [
      ("0 - 4", .age0to4), ("0–4", .age0to4), ("0 – 4", .age0to4), ("25 to 34", .age25to34),
      ("16-19 years", .age16to19), ("Aged 35-49", .age35to49), ("under 5", .age0to4),
      ("75 plus", .age75plus), ("75 and over", .age75plus), ("75 or over", .age75plus),
      ("75 and above", .age75plus), ("75 +", .age75plus), ("over 74", .age75plus),
    ]
    for (text, band) in cases {
      #expect(AgeParser.band(text) == .band(band), "\(text)")
    }
  }

  @Test func keepsOtherBandsAsWritten() {
    for text in ["18-25", "65+", "Adults", "34", "0-4-8"] {
      #expect(AgeParser.band(text) == .nonStandard(written: text), "\(text)")
    }
    #expect(AgeParser.band(" 18-25 ") == .nonStandard(written: "18-25"))
    #expect(
      AgeParser.band("18-25").reason
        == "`18-25` is not one of the age bands 0-4, 5-11, 12-15, 16-19, 20-24, 25-34, 35-49, "
        + "50-64, 65-74, 75+; kept as written")
    #expect(AgeParser.band("25-34").reason == nil)
    #expect(AgeParser.band("") == .unknown)
    #expect(AgeParser.band("Prefer not to say") == .unknown)
  }
}
