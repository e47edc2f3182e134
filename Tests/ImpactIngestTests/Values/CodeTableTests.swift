import Testing

@testable import ImpactIngest

struct CodeTableTests {
  @Test func makesKeysThePunctuationBlindWay() {
    #expect(CodeKey.make("Face-to-face") == "face_to_face")
    #expect(CodeKey.make(" face  to  face ") == "face_to_face")
    #expect(CodeKey.make("Yes, definitely.") == "yes_definitely")
    #expect(CodeKey.make("White & Asian") == "white_and_asian")
    #expect(CodeKey.make("N/A") == "n/a")
    #expect(CodeKey.make("Mixed/Multiple", slashSeparates: true) == "mixed_multiple")
    #expect(CodeKey.make("Don’t know") == "don't_know")
    #expect(CodeKey.make("Non‑binary") == "non_binary")  // non-breaking hyphen
    #expect(CodeKey.make("White – Irish") == "white_irish")  // en dash
    #expect(CodeKey.make("ÉCOLE") == "école")
    #expect(CodeKey.make("(Other)") == "other")
  }

  @Test func matchesTheWholeValueThenTheLongestLeadingWords() {
    let table = CodeTable<String>([
      ("short", ["care"]), ("long", ["care home"]), ("no", ["no"]), ("noShow", ["no show"]),
    ])
    func code(_ text: String) -> String? {
      if case .code(let code) = table.match(text) { return code }
      return nil
    }
    #expect(code("Care home") == "long")
    #expect(code("Care home (residential)") == "long")
    #expect(code("Care plan") == "short")
    #expect(code("No show") == "noShow")
    #expect(code("No, not today") == "no")
    #expect(code("Nothing") == nil)
    #expect(code("home care") == nil)
  }

  @Test func readsBlanksAndNonAnswersAsUnknown() {
    let table = CodeTable<Int>([(1, ["one"])])
    for text in ["", "  ", "Prefer not to say", "Unknown", "n/a", "Don't know"] {
      if case .unknown = table.match(text) {} else { Issue.record("\(text) is not unknown") }
    }
    if case .unmatched = table.match("two") {} else { Issue.record("two matched") }
  }

  @Test func trimsAsciiAndUnicodeSpace() {
    #expect(CellText.trimmed("  a b \t\r\n") == "a b")
    #expect(CellText.trimmed("\u{00A0}\u{FEFF}a\u{3000}\u{2009}") == "a")
    #expect(CellText.trimmed("\u{00A0}") == "")
    #expect(CellText.trimmed("é") == "é")
  }

  @Test func parsedValuesMapAndExposeTheirValue() {
    let parsed = ParsedValue<Int>.value(2)
    #expect(parsed.value == 2)
    #expect(parsed.map { $0 * 10 } == .value(20))
    #expect(ParsedValue<Int>.invalid("why").map { $0 * 10 } == .invalid("why"))
    #expect(ParsedValue<Int>.unknown.value == nil)
  }
}
