import ImpactFiles
import Testing

@testable import ImpactIngest

/// The reader's chunk size must never show in what it reads: tiny chunks split characters,
/// CRLF pairs and UTF-16 units at every possible place.
@Suite struct ChunkBoundaryTests {
  static let fixtures: [(String, Delimiter)] = [
    ("utf8.csv", .comma), ("utf8-bom.csv", .comma), ("utf16le.txt", .tab),
    ("utf16be.csv", .comma), ("windows1252.csv", .semicolon), ("bom-then-1252.csv", .comma),
    ("crlf.csv", .comma), ("cr.csv", .comma), ("mixed.csv", .comma), ("quoted.csv", .comma),
    ("no-final-newline.csv", .comma), ("empty-lines.csv", .comma),
    ("text-after-quote.csv", .comma), ("quote-inside.csv", .comma),
    ("unclosed-middle.csv", .comma), ("unclosed-at-end.csv", .comma),
    ("unclosed-twice.csv", .comma), ("closed-late.csv", .comma),
  ]

  @Test(arguments: fixtures)
  func everyChunkSizeReadsTheSame(file: String, delimiter: Delimiter) throws {
    let path = csvFixture(file)
    let whole = try readRecords(path, delimiter: delimiter)
    let encoding = try CSVFileReader(path: path).encoding
    #expect(!whole.isEmpty)
    for chunkSize in 4...24 {
      #expect(try CSVFileReader(path: path, chunkSize: chunkSize).encoding == encoding)
      let records = try readRecords(path, delimiter: delimiter, chunkSize: chunkSize)
      #expect(records == whole, "chunk size \(chunkSize)")
    }
  }

  @Test func multiByteCharacterAcrossChunks() throws {
    // "aé,b" CRLF "c,d" CRLF: with 4..8-byte chunks the two bytes of é (C3 A9) or the CR and
    // LF fall into different chunks for some size.
    let path = try temporaryFile(Array("aé,b\r\nc,d\r\n".utf8))
    for chunkSize in 4...8 {
      let reader = try CSVFileReader(path: path, chunkSize: chunkSize)
      #expect(reader.encoding == .utf8)
      #expect(
        try readRecords(path, chunkSize: chunkSize) == [
          ReadRecord(1, ["aé", "b"]), ReadRecord(2, ["c", "d"]),
        ])
    }
  }

  @Test func crlfSplitByTheFirstChunkIsOneLineBreak() throws {
    // The first 4-byte chunk is "abc" CR; the LF comes in the next one.
    let path = try temporaryFile(Array("abc\r\nd\r\n".utf8))
    #expect(try readRecords(path, chunkSize: 4) == [ReadRecord(1, ["abc"]), ReadRecord(2, ["d"])])
  }

  @Test func surrogatePairAcrossChunks() throws {
    // FF FE, "x", U+1F600 as D83D DE00, LF: a 5-byte chunk splits the pair.
    let path = try temporaryFile([0xFF, 0xFE, 0x78, 0x00, 0x3D, 0xD8, 0x00, 0xDE, 0x0A, 0x00])
    for chunkSize in 4...10 {
      #expect(try readRecords(path, chunkSize: chunkSize) == [ReadRecord(1, ["x\u{1F600}"])])
    }
  }

  @Test func lineLongerThanTheChunk() throws {
    let long = String(repeating: "abcdefghij", count: 100)
    let path = try temporaryFile(Array("\(long),\"q\nq\"\nnext,1\n".utf8))
    #expect(
      try readRecords(path, chunkSize: 7) == [
        ReadRecord(1, [long, "q\nq"]), ReadRecord(3, ["next", "1"]),
      ])
  }

  @Test func invalidUTF8FoundInALaterChunk() throws {
    // Valid UTF-8 for the first chunks, then a lone E9 (é in Windows-1252) near the end.
    let bytes = Array("name\nAnn\nBob\nCaf".utf8) + [0xE9, 0x0A]
    let path = try temporaryFile(bytes)
    let reader = try CSVFileReader(path: path, chunkSize: 4)
    #expect(reader.encoding == .windows1252)
    #expect(
      try readRecords(path, chunkSize: 4) == [
        ReadRecord(1, ["name"]), ReadRecord(2, ["Ann"]), ReadRecord(3, ["Bob"]),
        ReadRecord(4, ["Café"]),
      ])
  }
}

@Suite struct MalformedLastLineTests {
  @Test func malformedLastLineWithoutLineBreakKeepsItsWholeText() throws {
    let path = try temporaryFile(Array("a,b\nAnn,\"Big\" Band".utf8))
    for chunkSize in [4, 5, 9, 1 << 20] {
      #expect(
        try readRecords(path, chunkSize: chunkSize) == [
          ReadRecord(1, ["a", "b"]), ReadRecord(2, .textAfterClosingQuote, raw: "Ann,\"Big\" Band"),
        ])
    }
  }
}
