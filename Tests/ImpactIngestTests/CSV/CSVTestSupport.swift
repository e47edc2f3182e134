import Foundation
import ImpactFiles
import ImpactTestSupport

@testable import ImpactIngest

/// One record as the tests compare it.
struct ReadRecord: Equatable, CustomStringConvertible {
  var line: Int
  var fields: [String]
  var problem: CSVRecordProblem?
  var rawText = ""

  init(_ line: Int, _ fields: [String]) {
    self.line = line
    self.fields = fields
  }

  init(_ line: Int, _ problem: CSVRecordProblem, raw: String) {
    self.line = line
    self.fields = []
    self.problem = problem
    self.rawText = raw
  }

  /// The record as read: its line and fields, or its problem and raw text.
  init(_ record: borrowing CSVRecord) {
    self.init(record.line, (0..<record.count).map { record[$0] })
    if let problem = record.problem {
      self.problem = problem
      rawText = record.rawText
    }
  }

  var description: String {
    "\(line): \(fields) \(problem.map { "\($0)" } ?? "") \(rawText)"
  }
}

/// The path of a fixture under Fixtures/csv.
func csvFixture(_ name: String) -> String {
  Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    .appendingPathComponent("csv").appendingPathComponent(name).path
}

/// Reads every record of `path`.
func readRecords(
  _ path: String, delimiter: Delimiter = .comma, chunkSize: Int = 1 << 20,
  libcsv: LibCSV = .live
) throws -> [ReadRecord] {
  let reader = try CSVFileReader(path: path, libcsv: libcsv, chunkSize: chunkSize)
  var records: [ReadRecord] = []
  try reader.forEachRecord(delimiter: delimiter) { records.append(ReadRecord($0)) }
  return records
}

/// Writes `bytes` to a new file in a temporary folder and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String = "data.csv") throws -> String {
  let path = try TemporaryFolder().file(name)
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  return path
}
