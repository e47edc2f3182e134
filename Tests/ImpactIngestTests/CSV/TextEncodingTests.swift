import Testing

@testable import ImpactIngest

@Suite struct TextEncodingTests {
  @Test func utf8WithoutBOM() throws {
    let reader = try CSVFileReader(path: csvFixture("utf8.csv"))
    #expect(reader.encoding == .utf8)
    #expect(reader.encoding.name == "UTF-8")
    #expect(
      try readRecords(csvFixture("utf8.csv")) == [
        ReadRecord(1, ["name", "city"]), ReadRecord(2, ["Zoë", "Café"]),
      ])
  }

  @Test func utf8WithBOM() throws {
    let reader = try CSVFileReader(path: csvFixture("utf8-bom.csv"))
    #expect(reader.encoding == .utf8WithBOM)
    #expect(reader.encoding.name == "UTF-8 with BOM")
    // The BOM is not part of the first header name.
    #expect(
      try readRecords(csvFixture("utf8-bom.csv")) == [
        ReadRecord(1, ["name", "city"]), ReadRecord(2, ["Zoë", "Café"]),
      ])
  }

  @Test func utf16LittleEndianWithTabs() throws {
    let reader = try CSVFileReader(path: csvFixture("utf16le.txt"))
    #expect(reader.encoding == .utf16LittleEndian)
    #expect(reader.encoding.name == "UTF-16LE")
    #expect(
      try readRecords(csvFixture("utf16le.txt"), delimiter: .tab) == [
        ReadRecord(1, ["name", "city"]), ReadRecord(2, ["Zoë", "\u{1F600} Café"]),
      ])
  }

  @Test func utf16BigEndian() throws {
    let reader = try CSVFileReader(path: csvFixture("utf16be.csv"))
    #expect(reader.encoding == .utf16BigEndian)
    #expect(reader.encoding.name == "UTF-16BE")
    #expect(
      try readRecords(csvFixture("utf16be.csv")) == [
        ReadRecord(1, ["name", "city"]), ReadRecord(2, ["Zoë", "£5"]),
      ])
  }

  @Test func windows1252() throws {
    let reader = try CSVFileReader(path: csvFixture("windows1252.csv"))
    #expect(reader.encoding == .windows1252)
    #expect(reader.encoding.name == "Windows-1252")
    #expect(
      try readRecords(csvFixture("windows1252.csv"), delimiter: .semicolon) == [
        ReadRecord(1, ["name", "note"]),
        ReadRecord(2, ["Café", "£5 \u{2019}s"]),
        ReadRecord(3, ["\u{20AC}", "\u{81}"]),
      ])
  }

  @Test func windows1252HighBytes() throws {
    // 0x80-0x9F per the cp1252 table, undefined ones to C1 controls; 0xA0-0xFF as Latin-1.
    let path = try temporaryFile([0x80, 0x8D, 0x8E, 0x91, 0x93, 0x96, 0x9F, 0xA0, 0xFF, 0x0A])
    let records = try readRecords(path)
    #expect(
      records == [
        ReadRecord(1, ["\u{20AC}\u{8D}\u{17D}\u{2018}\u{201C}\u{2013}\u{178}\u{A0}\u{FF}"])
      ])
  }

  @Test func bomFollowedByInvalidUTF8IsWindows1252() throws {
    let reader = try CSVFileReader(path: csvFixture("bom-then-1252.csv"))
    #expect(reader.encoding == .windows1252)
    #expect(
      try readRecords(csvFixture("bom-then-1252.csv")) == [
        ReadRecord(1, ["name"]), ReadRecord(2, ["Café"]),
      ])
  }

  @Test func truncatedUTF8AtEndIsWindows1252() throws {
    // "Caf" then the first byte of a two-byte character, and nothing after it.
    let path = try temporaryFile([0x43, 0x61, 0x66, 0xC3])
    #expect(try CSVFileReader(path: path).encoding == .windows1252)
    #expect(try readRecords(path) == [ReadRecord(1, ["CafÃ"])])
  }

  @Test func overlongAndSurrogateUTF8AreNotUTF8() throws {
    // C0 AF is an overlong "/", ED A0 80 an encoded surrogate: neither is valid UTF-8.
    #expect(try CSVFileReader(path: temporaryFile([0xC0, 0xAF])).encoding == .windows1252)
    #expect(try CSVFileReader(path: temporaryFile([0xED, 0xA0, 0x80])).encoding == .windows1252)
    // F4 8F BF BF is U+10FFFF, the last valid scalar.
    #expect(try CSVFileReader(path: temporaryFile([0xF4, 0x8F, 0xBF, 0xBF])).encoding == .utf8)
  }

  @Test func unpairedSurrogatesInUTF16BecomeReplacementCharacters() throws {
    // FF FE, then "a", a lone low surrogate, a high surrogate followed by "b", LF, and a high
    // surrogate left at the very end.
    let path = try temporaryFile([
      0xFF, 0xFE, 0x61, 0x00, 0x00, 0xDC, 0x00, 0xD8, 0x62, 0x00, 0x0A, 0x00, 0x3D, 0xD8,
    ])
    #expect(
      try readRecords(path) == [
        ReadRecord(1, ["a\u{FFFD}\u{FFFD}b"]), ReadRecord(2, ["\u{FFFD}"]),
      ])
  }

  @Test func oddTrailingByteInUTF16BecomesReplacementCharacter() throws {
    let path = try temporaryFile([0xFE, 0xFF, 0x00, 0x61, 0x00])
    #expect(try readRecords(path) == [ReadRecord(1, ["a\u{FFFD}"])])
  }

  @Test func emptyFileIsUTF8WithNoRecords() throws {
    let path = try temporaryFile([])
    #expect(try CSVFileReader(path: path).encoding == .utf8)
    #expect(try readRecords(path) == [])
  }
}
