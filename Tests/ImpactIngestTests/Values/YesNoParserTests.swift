import Testing

@testable import ImpactIngest

struct YesNoParserTests {
  @Test func readsYes() {
    for text in [
      "yes", "YES", "Y", "y", "true", "True", "1", "✓", "✔", "☑", "yeah", "yep", "agree",
      "I agree", "agreed", "consent", "consented", "Yes, you may quote me", "Yes.",
    ] {
      #expect(YesNoParser.parse(text) == .value(true), "\(text)")
    }
  }

  @Test func readsNo() {
    for text in [
      "no", "NO", "N", "false", "0", "✗", "✘", "nope", "disagree", "I disagree",
      "do not agree", "no consent", "No thanks", "No - please don't",
    ] {
      #expect(YesNoParser.parse(text) == .value(false), "\(text)")
    }
  }

  @Test func readsNonAnswersAsUnknown() {
    for text in [
      "", "  ", "Prefer not to say", "Don't know", "don’t know", "Unknown", "N/A", "not sure",
      "Rather not say",
    ] {
      #expect(YesNoParser.parse(text) == .unknown, "\(text)")
    }
  }

  @Test func rejectsOtherText() {
    #expect(YesNoParser.parse("x") == .invalid("`x` is not a yes or no answer"))
    #expect(YesNoParser.parse("Maybe") == .invalid("`Maybe` is not a yes or no answer"))
  }
}
