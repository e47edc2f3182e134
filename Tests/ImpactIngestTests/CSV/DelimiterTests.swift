import ImpactFiles
import Testing

@testable import ImpactIngest

@Suite struct DelimiterTests {
  private static func isRegisterHeader(_ fields: [String]) -> Bool {
    fields.contains("date") && fields.contains("programme")
  }

  @Test func headerBelowATitleRowDecides() throws {
    let lines = try CSVFileReader(path: csvFixture("title-row.csv")).sampleLines(20)
    #expect(Delimiter.sniff(sampleLines: lines, isHeader: Self.isRegisterHeader) == .semicolon)
  }

  @Test func tabHeader() {
    let lines = ["date\tprogramme\tnote", "2025-01-01\tArt\ta, b; c"]
    #expect(Delimiter.sniff(sampleLines: lines, isHeader: Self.isRegisterHeader) == .tab)
  }

  @Test func commaIsTriedFirstOnEachLine() {
    // Both comma and semicolon give two fields; comma is tried first.
    #expect(Delimiter.sniff(sampleLines: ["a;b,c"], isHeader: { $0.count == 2 }) == .comma)
  }

  @Test func withoutAHeaderTheMostFrequentDelimiterWins() {
    #expect(Delimiter.sniff(sampleLines: ["", "a;b;c,d"], isHeader: { _ in false }) == .semicolon)
    #expect(Delimiter.sniff(sampleLines: ["x\ty\tz;w"], isHeader: { _ in false }) == .tab)
  }

  @Test func tiesAndNothingGoToComma() {
    #expect(Delimiter.sniff(sampleLines: ["a,b;c"], isHeader: { _ in false }) == .comma)
    #expect(Delimiter.sniff(sampleLines: ["abc"], isHeader: { _ in false }) == .comma)
    #expect(Delimiter.sniff(sampleLines: [], isHeader: { _ in false }) == .comma)
  }

  @Test func delimitersInsideQuotesDoNotCount() {
    #expect(Delimiter.sniff(sampleLines: ["\"a;b;c\",d"], isHeader: { _ in false }) == .comma)
  }

  @Test func splittingHonoursQuotes() {
    #expect(
      Delimiter.comma.splitFields(of: " \"date\" , \"pro,gramme\", x ")
        == ["date", "pro,gramme", "x"])
    #expect(Delimiter.semicolon.splitFields(of: "\"say \"\"hi\"\"\";;") == ["say \"hi\"", "", ""])
    #expect(Delimiter.tab.splitFields(of: "a\t\"b\tc\"") == ["a", "b\tc"])
  }
}
