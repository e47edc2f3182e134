import Testing

@testable import ImpactIngest

struct TimeParserTests {
  @Test func readsEveryAcceptedForm() {
    let cases: [(String, Int)] = [
      ("14:00", 840), ("14:00:00", 840), ("14:00:00.500", 840), ("2pm", 840), ("2 pm", 840),
      ("2PM", 840), ("2:30 pm", 870), ("2.30pm", 870), ("2:30 p.m.", 870), ("14.30", 870),
      ("12am", 0), ("12pm", 720), ("12:30am", 30), ("11:59 pm", 1439), ("9am", 540),
      ("1400", 840), ("0930", 570), ("930", 570), ("9:05", 545), ("00:00", 0), ("23:59", 1439),
      ("noon", 720), ("Midday", 720), ("midnight", 0), (" 10:15 ", 615),
    ]
    for (text, minutes) in cases {
      #expect(TimeParser.parse(text) == .value(minutes), "\(text)")
    }
  }

  @Test func rejectsImpossibleOrAmbiguousTimes() {
    for text in [
      "25:00", "24:00", "14:60", "2", "14", "13pm", "2:3pm", "abc", "2:30 xm", "14:00:75",
      "12345",
    ] {
      #expect(
        TimeParser.parse(text) == .invalid("`\(text)` is not a time of day (such as 14:00 or 2pm)"),
        "\(text)")
    }
  }

  @Test func blankIsUnknown() {
    #expect(TimeParser.parse("") == .unknown)
  }
}
