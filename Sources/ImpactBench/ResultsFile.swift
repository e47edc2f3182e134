import Foundation
import ImpactFiles

/// `bench/results.csv`: every benchmark run ever made on this clone, one row per measured run,
/// appended to (the earlier lines are kept as they were written).
struct ResultsFile {
  let path: String

  /// Appends `records`, writing the header first when the file is new.
  func append(_ records: [BenchRecord]) throws(FileWriteError) {
    let earlier = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    var writer = try CSVWriter(path: path)
    if earlier.isEmpty {
      try writer.writeRow(BenchRecord.columns)
    } else {
      for line in earlier.split(separator: "\n", omittingEmptySubsequences: true) {
        try writer.writeVerbatimLine(String(line))
      }
    }
    for record in records { try writer.writeRow(record.cells) }
    try writer.finish()
  }
}
