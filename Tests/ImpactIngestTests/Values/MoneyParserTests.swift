import Testing

@testable import ImpactIngest

struct MoneyParserTests {
  @Test func readsEveryAcceptedForm() {
    let cases: [(String, Double)] = [
      ("12500", 12500), ("12,500.00", 12500), ("£12,500", 12500), ("GBP 12500", 12500),
      ("12500 GBP", 12500), ("gbp12500", 12500), ("€500", 500), ("EUR 500", 500),
      ("500 EUR", 500), ("$1,000.50", 1000.5), ("USD 75", 75), ("usd 75", 75),
      ("12 500", 12500), ("£12\u{00A0}500", 12500), ("£9,750.00", 9750), ("0", 0),
      ("£0.99", 0.99), (" £ 250 ", 250),
    ]
    for (text, value) in cases {
      #expect(MoneyParser.parse(text) == .value(value), "\(text)")
    }
  }

  @Test func readsNegativeAmountsAsNegativeValues() {
    let cases: [(String, Double)] = [
      ("-500", -500), ("(1,200)", -1200), ("£-500", -500), ("-£500", -500),
      ("(£1,200)", -1200), ("£(1,200.50)", -1200.5), ("\u{2212}500", -500),
    ]
    for (text, value) in cases {
      #expect(MoneyParser.parse(text) == .value(value), "\(text)")
    }
    #expect(
      MoneyParser.negativeReason(" -500 ")
        == "`-500` is a negative amount; amounts are never negative"
    )
  }

  @Test func rejectsTextThatIsNoAmount() {
    for text in [
      "twelve", "12,50", "£", "1.2.3", "GBPX 5", "£12k", "(-500)", "--500", "£ £5", "12 50",
    ] {
      #expect(MoneyParser.parse(text) == .invalid("`\(text)` is not an amount of money"), "\(text)")
    }
    #expect(MoneyParser.parse("") == .unknown)
  }
}
