import ImpactFiles
import ImpactTestSupport
import Testing

@Suite struct CSVWriterTests {
  private func written(
    _ format: CSVFormat = CSVFormat(), _ body: (inout CSVWriter) throws -> Void
  ) throws -> [UInt8] {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var writer = try CSVWriter(path: folder.file("out.csv"), format: format)
    try body(&writer)
    try writer.finish()
    return try folder.bytes("out.csv")
  }

  private func writtenText(_ body: (inout CSVWriter) throws -> Void) throws -> String {
    String(decoding: try written(CSVFormat(), body), as: UTF8.self)
  }

  @Test func plainFieldsAreCommaSeparatedWithLineFeeds() throws {
    let text = try writtenText { writer in
      try writer.writeRow(["a", "b", "c"])
      try writer.writeRow(["", "x", ""])
    }
    #expect(text == "a,b,c\n,x,\n")
  }

  @Test func quotesOnlyWhenNeededAndDoublesQuotes() throws {
    let text = try writtenText { writer in
      try writer.writeRow(["x,y", "say \"hi\"", "line\nbreak", "cr\rx", "plain", "semi;colon"])
    }
    #expect(text == "\"x,y\",\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rx\",plain,semi;colon\n")
  }

  @Test func spreadsheetSafeFieldsGetAnApostropheBeforeFormulaStarts() throws {
    let text = try writtenText { writer in
      try writer.writeRow([
        .userText("=SUM(A1:A3)"), .userText("+44 1234"), .userText("-5"), .userText("@home"),
        .userText("\tTabbed"), .userText("\rReturn"), .userText("=a,b"), .userText("a=b"),
        .userText(""), CSVField("-5"), "=1+1",
      ])
    }
    #expect(
      text
        == "'=SUM(A1:A3),'+44 1234,'-5,'@home,'\tTabbed,\"'\rReturn\",\"'=a,b\",a=b,,-5,=1+1\n")
  }

  @Test func formulaStartsAfterLeadingSpacesAndOnLaterLinesAreMadeSafe() throws {
    let text = try writtenText { writer in
      try writer.writeRow([
        .userText("  =1+1"), .userText(" @x"), .userText("ok\n=HYPERLINK(\"u\")\n  -2"),
        .userText("a\r\n+b"), .userText("plain\nlines"), CSVField("x\n=1"),
      ])
    }
    #expect(
      text
        == "'  =1+1,' @x,\"ok\n'=HYPERLINK(\"\"u\"\")\n'  -2\",\"a\r\n'+b\","
        + "\"plain\nlines\",\"x\n=1\"\n")
  }

  @Test func integersAreWrittenAsPlainDigits() throws {
    let text = try writtenText { writer in
      try writer.writeField(0)
      try writer.writeField(42)
      try writer.writeField(-7)
      try writer.writeField(1_234_567_890)
      try writer.writeField(Int.max)
      try writer.writeField(Int.min)
      try writer.endRow()
    }
    #expect(text == "0,42,-7,1234567890,9223372036854775807,-9223372036854775808\n")
  }

  @Test func fieldByFieldMatchesWholeRows() throws {
    let text = try writtenText { writer in
      try writer.writeField("Youth Theatre", spreadsheetSafe: true)
      try writer.writeField(12)
      try writer.writeField("a \"b\"")
      try writer.endRow()
    }
    #expect(text == "Youth Theatre,12,\"a \"\"b\"\"\"\n")
  }

  @Test func countsPhysicalLinesAndRows() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var writer = try CSVWriter(path: folder.file("lines.csv"))
    #expect(writer.line == 1)
    try writer.writeRow(["header"])
    #expect(writer.line == 2)
    try writer.writeRow(["two\nlines", "and\r\nthree"])
    #expect(writer.line == 5)
    try writer.writeVerbatimLine("\"Big\" Band,x")
    #expect(writer.line == 6)
    #expect(writer.rowsWritten == 3)
    try writer.finish()
    #expect(
      try folder.text("lines.csv") == "header\n\"two\nlines\",\"and\r\nthree\"\n\"Big\" Band,x\n")
  }

  @Test func semicolonsAndWindowsLineEnds() throws {
    let bytes = try written(CSVFormat(delimiter: .semicolon, lineEnding: .crlf)) { writer in
      try writer.writeRow(["a;b", "c,d"])
      try writer.writeRow(["1"])
    }
    #expect(String(decoding: bytes, as: UTF8.self) == "\"a;b\";c,d\r\n1\r\n")
  }

  @Test func utf8WithByteOrderMark() throws {
    let bytes = try written(CSVFormat(encoding: .utf8WithBOM)) { writer in
      try writer.writeRow(["é"])
    }
    #expect(bytes == [0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0x0A])
  }

  @Test func utf16WithByteOrderMarkInEitherByteOrder() throws {
    func write(_ writer: inout CSVWriter) throws {
      try writer.writeField("Caf\u{E9}")
      try writer.writeField(7)
      try writer.endRow()
    }
    #expect(
      try written(CSVFormat(encoding: .utf16LittleEndian), write) == [
        0xFF, 0xFE, 0x43, 0x00, 0x61, 0x00, 0x66, 0x00, 0xE9, 0x00, 0x2C, 0x00, 0x37, 0x00, 0x0A,
        0x00,
      ])
    #expect(
      try written(CSVFormat(encoding: .utf16BigEndian), write) == [
        0xFE, 0xFF, 0x00, 0x43, 0x00, 0x61, 0x00, 0x66, 0x00, 0xE9, 0x00, 0x2C, 0x00, 0x37, 0x00,
        0x0A,
      ])
  }

  @Test func windows1252() throws {
    let bytes = try written(CSVFormat(encoding: .windows1252)) { writer in
      try writer.writeRow(["Caf\u{E9} \u{20AC}5", "\u{201C}q\u{201D}"])
    }
    #expect(bytes == [0x43, 0x61, 0x66, 0xE9, 0x20, 0x80, 0x35, 0x2C, 0x93, 0x71, 0x94, 0x0A])
  }

  @Test func windows1252RefusesCharactersItCannotHoldAndWritesNothing() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.file("bad.csv")
    var caught: FileWriteError?
    do {
      var writer = try CSVWriter(path: path, format: CSVFormat(encoding: .windows1252))
      try writer.writeRow(["\u{65E5}"])
      try writer.finish()
    } catch {
      caught = error
    }
    #expect(caught == .notEncodable(path: path, character: "\u{65E5}", encoding: "Windows-1252"))
    #expect(folder.entries.isEmpty)
  }

  @Test func largeOutputCrossesTheBufferIntact() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var writer = try CSVWriter(path: folder.file("big.csv"))
    for index in 0..<100_000 {
      try writer.writeField(index)
      try writer.writeField("row")
      try writer.endRow()
    }
    try writer.finish()
    let text = try folder.text("big.csv")
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 100_001)
    #expect(lines[0] == "0,row")
    #expect(lines[99_999] == "99999,row")
    #expect(lines[100_000] == "")
  }
}
