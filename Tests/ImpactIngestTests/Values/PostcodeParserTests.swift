import Testing

@testable import ImpactIngest

struct PostcodeParserTests {
  @Test func normalisesEveryFormat() {
    let cases: [(String, String)] = [
      ("sw1a1aa", "SW1A 1AA"), ("SW1A  1AA", "SW1A 1AA"), ("sw1a 1aa", "SW1A 1AA"),
      (" SW1A 1AA ", "SW1A 1AA"), ("SW1A\u{00A0}1AA", "SW1A 1AA"),
      ("M1 1AE", "M1 1AE"),  // A9 9AA
      ("b338th", "B33 8TH"),  // A99 9AA
      ("CR2 6XH", "CR2 6XH"),  // AA9 9AA
      ("dn55 1pt", "DN55 1PT"),  // AA99 9AA
      ("W1A 0AX", "W1A 0AX"),  // A9A 9AA
      ("ec1a1bb", "EC1A 1BB"),  // AA9A 9AA
      ("gir 0aa", "GIR 0AA"),
    ]
    for (text, postcode) in cases {
      #expect(PostcodeParser.parse(text) == .value(postcode), "\(text)")
    }
  }

  @Test func rejectsWhatIsNoPostcode() {
    for text in [
      "12345", "SW1A 1A", "not a postcode", "SW1A 1AAA", "1W1A 1AA", "SW1A 11A", "ABCDE 1AA",
      "SW1Ä 1AA", "S", "W1A 0A",
    ] {
      #expect(PostcodeParser.parse(text) == .invalid("`\(text)` is not a UK postcode"), "\(text)")
    }
    #expect(
      PostcodeParser.parse("SW1A")
        == .invalid("`SW1A` is only the first half of a postcode; a full one is needed"))
    #expect(PostcodeParser.parse("") == .unknown)
  }
}
