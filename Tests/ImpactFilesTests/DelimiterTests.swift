import ImpactFiles
import Testing

@Suite struct DelimiterTests {
  @Test func names() {
    #expect(Delimiter.comma.name == "comma")
    #expect(Delimiter.semicolon.name == "semicolon")
    #expect(Delimiter.tab.name == "tab")
  }
}
