import ImpactFiles
import Testing

@testable import ImpactIngest

/// Reading a file in parts on several threads must give exactly what a plain read gives:
/// every cut, including cuts inside quoted values that span lines and inside malformed
/// quoting, is tried on every fixture.
@Suite struct PartedRecordPipelineTests {
  /// Every reader fixture, in each encoding.
  static let fixtures: [(String, Delimiter)] = [
    ("utf8.csv", .comma), ("utf8-bom.csv", .comma), ("utf16le.txt", .tab),
    ("utf16be.csv", .comma), ("windows1252.csv", .semicolon), ("bom-then-1252.csv", .comma),
    ("crlf.csv", .comma), ("cr.csv", .comma),
    ("mixed.csv", .comma), ("quoted.csv", .comma), ("no-final-newline.csv", .comma),
    ("empty-lines.csv", .comma), ("text-after-quote.csv", .comma),
    ("quote-inside.csv", .comma), ("unclosed-middle.csv", .comma),
    ("unclosed-at-end.csv", .comma), ("unclosed-twice.csv", .comma),
    ("closed-late.csv", .comma), ("lf.csv", .comma), ("title-row.csv", .comma),
  ]

  @Test(arguments: fixtures)
  func everyCutReadsTheSame(file: String, delimiter: Delimiter) throws {
    let path = csvFixture(file)
    let whole = try readRecords(path, delimiter: delimiter)
    let reader = try CSVFileReader(path: path, chunkSize: 5)
    #expect(!whole.isEmpty)
    for spacing in 1...reader.fileSize {
      let starts = try reader.lineStarts(every: spacing)
      for workers in [1, 2, 3] {
        let parted = try readParted(reader, delimiter: delimiter, starts: starts, workers: workers)
        #expect(parted == whole, "spacing \(spacing), \(workers) workers")
      }
    }
  }

  @Test func lineStartsFollowLFCRAndCRLF() throws {
    // Offsets: "ab\n" 0-2, "c\r" 3-4, "d\r\n" 5-7, "\n" 8, "ef" 9-10. Line starts: 3, 5, 8, 9.
    let path = try temporaryFile(Array("ab\nc\rd\r\n\nef".utf8))
    let reader = try CSVFileReader(path: path)
    #expect(try reader.lineStarts(every: 1) == [3, 5, 8, 9])
    // From offset 2 the first line start is 3; from 4, 5; from 6 (the CR of a CRLF), 8; from
    // 9 (the text after an LF), 9.
    #expect(try reader.lineStarts(every: 2) == [3, 5, 8, 9])
    #expect(try reader.lineStarts(every: 3) == [3, 8, 9])
    #expect(try reader.lineStarts(every: 6) == [8])
    #expect(try reader.lineStarts(every: 11) == [])
  }

  @Test func lineStartsSkipTheByteOrderMark() throws {
    // EF BB BF, then "a\nb\n": the text starts at 3; line starts at 5 (after "a\n").
    let path = try temporaryFile([0xEF, 0xBB, 0xBF] + Array("a\nb\n".utf8))
    let reader = try CSVFileReader(path: path)
    #expect(reader.textStart == 3)
    #expect(try reader.lineStarts(every: 1) == [5])
  }

  @Test func utf16IsCutAtWholeUnits() throws {
    // FF FE, then "a" LF "b" CR LF "c" in UTF-16LE: units at 2 (a), 4 (LF), 6 (b), 8 (CR),
    // 10 (LF), 12 (c); line starts at 6 and 12. An LF byte (0A) as the high half of a unit
    // (U+0A61 at 14..15, bytes 61 0A) is no line break.
    let bytes: [UInt8] = [
      0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x62, 0x00, 0x0D, 0x00, 0x0A, 0x00, 0x63, 0x00, 0x61,
      0x0A, 0x64, 0x00,
    ]
    let reader = try CSVFileReader(path: try temporaryFile(bytes))
    #expect(reader.encoding == .utf16LittleEndian)
    #expect(try reader.lineStarts(every: 1) == [6, 12])
    #expect(try reader.lineStarts(every: 5) == [12])
  }

  @Test func aPartEndsAtAnOpenRecordWithItsStart() throws {
    // Line 2's quoted value runs over the stop at offset 10 (the start of line 3).
    let text = "a,b\n1,\"x\ny\"\n2,z\n"
    let path = try temporaryFile(Array(text.utf8))
    let reader = try CSVFileReader(path: path)
    var lines: [Int] = []
    let part = FilePart(
      start: LinePosition(offset: 0, line: 1), stops: [10], readsOnPastOpenRecords: false)
    let ending = try reader.forEachRecord(delimiter: .comma, in: part) { lines.append($0.line) }
    #expect(lines == [1])
    #expect(ending == .openRecord(at: LinePosition(offset: 4, line: 2)))
    // Reading on from that record's start goes past the stop, to the file's end.
    lines = []
    let rest = FilePart(
      start: LinePosition(offset: 4, line: 2), stops: [10], readsOnPastOpenRecords: true)
    #expect(
      try reader.forEachRecord(delimiter: .comma, in: rest) { lines.append($0.line) } == .endOfFile)
    #expect(lines == [2, 4])
  }

  @Test func aPartEndsBetweenRecordsAtItsStop() throws {
    let path = try temporaryFile(Array("a,b\n1,2\n3,4\n".utf8))
    let reader = try CSVFileReader(path: path)
    var fields: [[String]] = []
    let part = FilePart(
      start: LinePosition(offset: 4, line: 2), stops: [8], readsOnPastOpenRecords: false)
    let ending = try reader.forEachRecord(delimiter: .comma, in: part) { record in
      fields.append((0..<record.count).map { record[$0] })
    }
    #expect(fields == [["1", "2"]])
    #expect(ending == .betweenRecords(at: LinePosition(offset: 8, line: 3)))
  }

  @Test func aRecordTooLongIsNamedByItsLineInTheWholeFile() throws {
    // 200 short lines, then line 201 with a 100-byte value: the limit is 50 bytes.
    let text =
      String(repeating: "1,2\n", count: 200) + "3," + String(repeating: "x", count: 100) + "\n"
    let path = try temporaryFile(Array(text.utf8))
    let reader = try CSVFileReader(path: path, recordBytes: 50)
    let starts = try reader.lineStarts(every: 64)
    #expect(starts.count > 10)
    var count = 0
    #expect(throws: CSVReadError.recordTooLong(path: path, line: 201, limit: 50)) {
      try PartedRecordPipeline.forEach(
        reader, delimiter: .comma, cuttingAt: starts, workers: 2, progress: nil
      ) { _ in count += 1 }
    }
    #expect(count == 200)
  }

  @Test func stoppingEarlyEndsTheWorkers() throws {
    let text = String(repeating: "1,2\n", count: 50_000)
    let path = try temporaryFile(Array(text.utf8))
    let reader = try CSVFileReader(path: path)
    let starts = try reader.lineStarts(every: 1024)
    var count = 0
    #expect(throws: StopReading.self) {
      try PartedRecordPipeline.forEach(
        reader, delimiter: .comma, cuttingAt: starts, workers: 2, progress: nil
      ) { _ in
        count += 1
        if count == 10_000 { throw StopReading() }
      }
    }
    #expect(count == 10_000)
  }

  @Test func progressReachesTheFileSize() throws {
    let text = String(repeating: "1,2\n", count: 10_000)
    let path = try temporaryFile(Array(text.utf8))
    let reader = try CSVFileReader(path: path)
    var reported: [Int] = []
    let report: (Int) -> Void = { reported.append($0) }
    try PartedRecordPipeline.forEach(
      reader, delimiter: .comma, cuttingAt: try reader.lineStarts(every: 4096), workers: 2,
      progress: report
    ) { _ in }
    // 40,000 bytes in parts of 4,096 (each cut at a line start, every 4 bytes): 9 cuts, then
    // the end.
    #expect(
      reported == [4096, 8192, 12_288, 16_384, 20_480, 24_576, 28_672, 32_768, 36_864, 40_000])
  }

  private func readParted(
    _ reader: CSVFileReader, delimiter: Delimiter, starts: [Int], workers: Int
  ) throws -> [ReadRecord] {
    var records: [ReadRecord] = []
    try PartedRecordPipeline.forEach(
      reader, delimiter: delimiter, cuttingAt: starts, workers: workers, progress: nil
    ) { records.append(ReadRecord($0)) }
    return records
  }
}
