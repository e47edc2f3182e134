import Foundation
import ImpactFiles
import ImpactSample
import ImpactTestSupport

/// A sample written to a fresh temporary folder, with helpers to read it back.
struct GeneratedSample {
  let folder: TemporaryFolder
  let summary: SampleSummary

  init(seed: UInt64 = 1, scale: Int = 1) throws {
    folder = try TemporaryFolder()
    summary = try SampleGenerator(seed: seed, scale: scale).write(to: folder.path)
  }

  func remove() { folder.remove() }

  func bytes(_ path: String) throws -> [UInt8] { try folder.bytes(path) }

  /// The file's text, decoded from its encoding (BOM dropped).
  func text(_ path: String) throws -> String {
    var bytes = try bytes(path)
    if bytes.starts(with: [0xFF, 0xFE]) {
      bytes.removeFirst(2)
      let units = stride(from: 0, to: bytes.count, by: 2).map {
        UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8
      }
      return String(decoding: units, as: UTF16.self)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    return String(String.UnicodeScalarView(bytes.map(Windows1252.scalar(for:))))
  }

  /// The file's physical lines (split at `\n`, a trailing `\r` removed).
  func lines(_ path: String) throws -> [String] {
    try text(path).split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
  }

  /// The file's records, parsed as CSV with the delimiter its header line uses.
  func records(_ path: String) throws -> [[String]] {
    let text = try text(path)
    let firstLine = text.prefix { $0 != "\n" }
    let delimiter: Character =
      firstLine.contains("\t") ? "\t" : (firstLine.contains(";") ? ";" : ",")
    return SimpleCSV.parse(text, delimiter: delimiter)
  }
}
