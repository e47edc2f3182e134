import Foundation
import ImpactFiles

/// The latest benchmark as a Markdown table, written into the README between the lines
/// `<!-- bench:start -->` and `<!-- bench:end -->`.
struct ReadmeTable {
  static let start = "<!-- bench:start -->"
  static let end = "<!-- bench:end -->"

  let records: [BenchRecord]
  /// The labels of the data sets that hold workbooks, left out of the growth line (it compares
  /// CSV data of two sizes).
  var workbookData: Set<String> = []

  /// The table, then one line per pair of data sets saying how time and memory grew.
  var markdown: String {
    guard let first = records.first else { return "" }
    var lines = [
      "Measured \(first.date) at \(first.commit) on \(first.machine).", "",
      "| data | run | wall | CPU | peak memory | rows/s | vs floor |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for record in records {
      lines.append(
        "| \(record.data) | `\(record.run)` | \(BenchRecord.fixed(record.wallSeconds, 1)) s "
          + "| \(BenchRecord.fixed(record.cpuSeconds, 1)) s "
          + "| \(record.peakBytes > 0 ? BenchRecord.fixed(record.peakMegabytes, 0) + " MB" : "–") "
          + "| \(BenchRecord.fixed(record.rowsPerSecond / 1e6, 2)) M "
          + "| \(BenchRecord.fixed(record.vsFloor, 1))× |")
    }
    let reports = records.filter { $0.run == "report" && !workbookData.contains($0.data) }
    if reports.count >= 2, let small = reports.first, let large = reports.last,
      small.rows > 0, small.wallSeconds > 0, small.peakBytes > 0
    {
      let rows = Double(large.rows) / Double(small.rows)
      lines.append("")
      lines.append(
        "Growth of the whole report: \(BenchRecord.fixed(rows, 1))× the rows took "
          + "\(BenchRecord.fixed(large.wallSeconds / small.wallSeconds, 1))× the time and "
          + "\(BenchRecord.fixed(Double(large.peakBytes) / Double(small.peakBytes), 1))× "
          + "the memory.")
    }
    return lines.joined(separator: "\n")
  }

  /// Replaces the table in the README at `path`; false (and nothing written) when the README
  /// has no markers.
  func write(into path: String) throws(FileWriteError) -> Bool {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8),
      let startRange = text.range(of: Self.start), let endRange = text.range(of: Self.end),
      startRange.upperBound <= endRange.lowerBound
    else { return false }
    let updated =
      String(text[..<startRange.upperBound]) + "\n" + markdown + "\n"
      + String(text[endRange.lowerBound...])
    var writer = try AtomicFileWriter(path: path)
    try writer.write(updated)
    try writer.commit()
    return true
  }
}
