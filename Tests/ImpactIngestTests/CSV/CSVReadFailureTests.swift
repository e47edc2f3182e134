import Foundation
import Testing

@testable import ImpactIngest

@Suite struct CSVReadFailureTests {
  @Test func missingFileNamesTheFile() throws {
    let path = "/nonexistent-impact-folder/register.csv"
    let error = #expect(throws: CSVReadError.self) { try CSVFileReader(path: path) }
    #expect(error == .fileNotFound(path: path))
    #expect(error?.description.contains(path) == true)
    #expect(error?.description.contains("Check that it exists") == true)
  }

  @Test func folderInsteadOfFile() throws {
    let folder = (try temporaryFile([], name: "x.csv") as NSString).deletingLastPathComponent
    let error = #expect(throws: CSVReadError.self) { try CSVFileReader(path: folder) }
    #expect(error == .isFolder(path: folder))
    #expect(
      error?.description
        == "\(folder) is a folder, not a file. Give the path of a CSV file instead.")
  }

  @Test func fileRemovedAfterOpening() throws {
    let path = try temporaryFile(Array("a,b\n".utf8))
    let reader = try CSVFileReader(path: path)
    try FileManager.default.removeItem(atPath: path)
    #expect(throws: CSVReadError.fileNotFound(path: path)) {
      try reader.forEachRecord(delimiter: .comma) { _ in }
    }
  }

  @Test func parserThatCannotStart() throws {
    var libcsv = LibCSV.live
    libcsv.initialize = { _, _ in -1 }
    let path = csvFixture("lf.csv")
    let error = #expect(throws: CSVReadError.self) { try readRecords(path, libcsv: libcsv) }
    #expect(error == .parserUnavailable(path: path))
    #expect(error?.description.contains(path) == true)
  }

  @Test func outOfMemoryInTheMiddleOfAFile() throws {
    // libcsv runs out of memory on the third line: the records before it were delivered.
    var libcsv = LibCSV.live
    libcsv.parse = { parser, bytes, onField, onRecord, context in
      if bytes.starts(with: Array("3,4".utf8)) { return 1 }
      return LibCSV.live.parse(parser, bytes, onField, onRecord, context)
    }
    libcsv.error = { _ in LibCSV.statusOutOfMemory }
    let path = csvFixture("lf.csv")
    let reader = try CSVFileReader(path: path, libcsv: libcsv)
    var lines: [Int] = []
    let error = #expect(throws: CSVReadError.self) {
      try reader.forEachRecord(delimiter: .comma) { lines.append($0.line) }
    }
    #expect(lines == [1, 2])
    #expect(error == .outOfMemory(path: path, line: 3))
    #expect(error?.description.contains("\(path) at line 3") == true)
  }

  @Test func valueTooLarge() throws {
    var libcsv = LibCSV.live
    libcsv.parse = { _, _, _, _, _ in 0 }
    libcsv.error = { _ in LibCSV.statusTooBig }
    let path = csvFixture("lf.csv")
    #expect(throws: CSVReadError.valueTooLarge(path: path, line: 1)) {
      try readRecords(path, libcsv: libcsv)
    }
  }

  @Test func finishFailingForMemory() throws {
    var libcsv = LibCSV.live
    libcsv.finish = { _, _, _, _ in -1 }
    libcsv.error = { _ in LibCSV.statusOutOfMemory }
    let path = csvFixture("no-final-newline.csv")
    #expect(throws: CSVReadError.outOfMemory(path: path, line: 2)) {
      try readRecords(path, libcsv: libcsv)
    }
  }

  @Test func parserThatCannotRestartAfterAnError() throws {
    // The first start works; the restart after the malformed line 2 fails.
    final class Starts: @unchecked Sendable {
      var count = 0
    }
    let starts = Starts()
    var libcsv = LibCSV.live
    libcsv.initialize = { parser, options in
      starts.count += 1
      return starts.count == 1 ? LibCSV.live.initialize(parser, options) : -1
    }
    let path = csvFixture("text-after-quote.csv")
    #expect(throws: CSVReadError.parserUnavailable(path: path)) {
      try readRecords(path, libcsv: libcsv)
    }
  }
}
