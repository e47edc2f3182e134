import Testing

@testable import ImpactIngest

@Suite struct CSVFileReaderTests {
  @Test func semicolonDelimiter() throws {
    #expect(
      try readRecords(csvFixture("semicolon.csv"), delimiter: .semicolon) == [
        ReadRecord(1, ["date", "programme", "amount"]),
        ReadRecord(2, ["2025-01-02", "Art Club", "1,50"]),
      ])
  }

  @Test func tabDelimiter() throws {
    #expect(
      try readRecords(csvFixture("tab.tsv"), delimiter: .tab) == [
        ReadRecord(1, ["date", "programme"]), ReadRecord(2, ["2025-01-02", "Art Club"]),
      ])
  }

  @Test func wrongDelimiterKeepsLinesWholeAndQuotesAreStrict() throws {
    // Read with commas, the quote opening "1,50" stands inside an unquoted value.
    #expect(
      try readRecords(csvFixture("semicolon.csv"), delimiter: .comma) == [
        ReadRecord(1, ["date;programme;amount"]),
        ReadRecord(2, .quoteInsideUnquotedValue, raw: "2025-01-02;Art Club;\"1,50\""),
      ])
  }

  @Test(arguments: ["lf.csv", "crlf.csv", "cr.csv"])
  func lineEndings(file: String) throws {
    #expect(
      try readRecords(csvFixture(file)) == [
        ReadRecord(1, ["a", "b"]), ReadRecord(2, ["1", "2"]), ReadRecord(3, ["3", "4"]),
      ])
  }

  @Test func mixedLineEndingsAndEmptyLinesCountAsAnEditorDoes() throws {
    // a,b CRLF | CRLF | 1,2 LF | LF | 3,4 CR | CR | 5,6 (no line break at the end)
    #expect(
      try readRecords(csvFixture("mixed.csv")) == [
        ReadRecord(1, ["a", "b"]), ReadRecord(3, ["1", "2"]), ReadRecord(5, ["3", "4"]),
        ReadRecord(7, ["5", "6"]),
      ])
  }

  @Test func quotedFields() throws {
    #expect(
      try readRecords(csvFixture("quoted.csv")) == [
        ReadRecord(1, ["id", "comment", "score"]),
        ReadRecord(2, ["1", "Hello, world", "5"]),
        ReadRecord(3, ["2", "She said \"hi\"", "4"]),
        ReadRecord(4, ["3", "line one\nline two", "3"]),
        ReadRecord(6, ["4", "plain", "2"]),
        ReadRecord(7, ["5", "first\r\n\r\nfourth"]),
        ReadRecord(10, ["6", "spaced", " kept "]),
      ])
  }

  @Test func finalLineWithoutLineBreak() throws {
    #expect(
      try readRecords(csvFixture("no-final-newline.csv")) == [
        ReadRecord(1, ["a", "b"]), ReadRecord(2, ["1", "2"]),
      ])
  }

  @Test func emptyAndBlankLinesGiveNoRecord() throws {
    #expect(
      try readRecords(csvFixture("empty-lines.csv")) == [
        ReadRecord(1, ["a", "b"]), ReadRecord(4, ["1", "2"]), ReadRecord(6, ["3", "4"]),
      ])
  }

  @Test func emptyFieldsAreKept() throws {
    let path = try temporaryFile(Array(",,\n\"\",x,\n".utf8))
    #expect(
      try readRecords(path) == [
        ReadRecord(1, ["", "", ""]), ReadRecord(2, ["", "x", ""]),
      ])
  }

  @Test func textAfterClosingQuote() throws {
    #expect(
      try readRecords(csvFixture("text-after-quote.csv")) == [
        ReadRecord(1, ["name", "band"]),
        ReadRecord(2, .textAfterClosingQuote, raw: "Ann,\"Big\" Band"),
        ReadRecord(3, ["Bob", "Jazz"]),
      ])
  }

  @Test func quoteInsideUnquotedValue() throws {
    #expect(
      try readRecords(csvFixture("quote-inside.csv")) == [
        ReadRecord(1, ["name", "band"]),
        ReadRecord(2, .quoteInsideUnquotedValue, raw: "Ann,Big \"Band\""),
        ReadRecord(3, ["Bob", "Jazz"]),
      ])
  }

  @Test func unclosedQuoteInTheMiddleLosesNoOtherLine() throws {
    // The quote opened on line 2 runs into the quoted value on line 4 and fails there; line 2
    // is reported and reading goes back to line 3.
    #expect(
      try readRecords(csvFixture("unclosed-middle.csv")) == [
        ReadRecord(1, ["id", "comment"]),
        ReadRecord(2, .unclosedQuote, raw: "1,\"never closed"),
        ReadRecord(3, ["2", "fine"]),
        ReadRecord(4, ["3", "quoted, ok"]),
        ReadRecord(5, ["4", "last"]),
      ])
  }

  @Test func unclosedQuoteFoundAtTheEndOfTheFile() throws {
    #expect(
      try readRecords(csvFixture("unclosed-at-end.csv")) == [
        ReadRecord(1, ["id", "comment"]),
        ReadRecord(2, ["1", "ok"]),
        ReadRecord(3, .unclosedQuote, raw: "2,\"never closed"),
        ReadRecord(4, ["3", "also fine"]),
        ReadRecord(5, ["4", "end"]),
      ])
  }

  @Test func reReadLinesMayHoldFurtherProblems() throws {
    #expect(
      try readRecords(csvFixture("unclosed-twice.csv")) == [
        ReadRecord(1, ["a", "b"]),
        ReadRecord(2, .unclosedQuote, raw: "1,\"x"),
        ReadRecord(3, ["2", "y"]),
        ReadRecord(4, .unclosedQuote, raw: "3,\"z"),
        ReadRecord(5, ["4", "w"]),
      ])
  }

  @Test func multiLineValueWithTextAfterItsClosingQuote() throws {
    // Line 2 opens a quote that closes on line 3 followed by text: line 2 is reported, and
    // line 3 read again on its own has a quote inside an unquoted value.
    #expect(
      try readRecords(csvFixture("closed-late.csv")) == [
        ReadRecord(1, ["a", "b"]),
        ReadRecord(2, .unclosedQuote, raw: "1,\"multi"),
        ReadRecord(3, .quoteInsideUnquotedValue, raw: "line\" extra"),
        ReadRecord(4, ["2", "ok"]),
      ])
  }

  @Test func unclosedQuoteOnTheLastLine() throws {
    let path = try temporaryFile(Array("a,b\n1,\"open".utf8))
    #expect(
      try readRecords(path) == [
        ReadRecord(1, ["a", "b"]), ReadRecord(2, .unclosedQuote, raw: "1,\"open"),
      ])
  }

  @Test func rawTextIsCutAtACharacterBoundary() throws {
    // 299 bytes of "x", then "é" (2 bytes) would cross the 300-byte limit: it is left out.
    let line = String(repeating: "x", count: 299) + "é\"z,1\n"
    let path = try temporaryFile(Array(line.utf8))
    let records = try readRecords(path)
    #expect(records.count == 1)
    #expect(records.first?.problem == .quoteInsideUnquotedValue)
    #expect(records.first?.rawText == String(repeating: "x", count: 299))
  }

  @Test func fileSizeAndProgress() throws {
    let path = csvFixture("quoted.csv")
    let reader = try CSVFileReader(path: path, chunkSize: 16)
    #expect(reader.fileSize == 135)
    var reports: [Int] = []
    try reader.forEachRecord(delimiter: .comma, progress: { reports.append($0) }, { _ in })
    #expect(reports.first == 16)
    #expect(reports.last == 135)
    #expect(reports == reports.sorted())
  }

  @Test func fieldBytes() throws {
    let reader = try CSVFileReader(path: csvFixture("utf8.csv"))
    var lengths: [[Int]] = []
    try reader.forEachRecord(delimiter: .comma) { record in
      lengths.append((0..<record.count).map { index in record.withFieldBytes(index) { $0.count } })
    }
    // "Zoë" and "Café" are four and five bytes of UTF-8.
    #expect(lengths == [[4, 4], [4, 5]])
  }

  @Test func errorsFromTheBodyPassThrough() throws {
    struct Stop: Error {}
    let reader = try CSVFileReader(path: csvFixture("lf.csv"))
    var seen = 0
    #expect(throws: Stop.self) {
      try reader.forEachRecord(delimiter: .comma) { _ in
        seen += 1
        if seen == 2 { throw Stop() }
      }
    }
    #expect(seen == 2)
  }
}
