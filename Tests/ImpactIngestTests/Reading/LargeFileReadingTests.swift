import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// A register read in parts on several cores (parts of 16 KB here, so that about fifty are
/// cut), with a value over two lines, a quote that never closes and a duplicate far into it:
/// the dataset and the data-quality account are what the rows say, line for line.
@Suite struct LargeFileReadingTests {
  /// Data rows in the register.
  static let rows = 10_000

  /// The bytes of a part.
  static let partBytes = 16 << 10

  /// The register: row `i` (1-based) is person `P<i mod 5,000>` at a session on day
  /// `1 + i mod 28` of July 2025, padded to about 88 bytes a row. Row 3,000's activity runs
  /// over two lines; row 6,000's opens a quote that never closes; row 9,000 repeats row
  /// 8,999.
  static func register() -> String {
    var text = "date,programme,participant_id,activity\n"
    text.reserveCapacity(rows * 100)
    let padding = String(repeating: "x", count: 56)
    func row(_ i: Int) -> (String, String, String) {
      let day = 1 + i % 28
      let date = "2025-07-" + (day < 10 ? "0\(day)" : "\(day)")
      return (date, "P\(i % 5_000)", "Singing \(padding)")
    }
    for i in 1...rows {
      var (date, person, activity) = row(i)
      if i == 3_000 { activity = "\"Singing\ntogether\"" }
      if i == 6_000 { activity = "\"Singing" }
      if i == 9_000 { (date, person, activity) = row(8_999) }
      text += "\(date),Choir,\(person),\(activity)\n"
    }
    return text
  }

  @Test func aLargeRegisterIsReadAsItsRowsSay() throws {
    let text = Self.register()
    #expect(text.utf8.count > 50 * Self.partBytes)
    var options = DataFolderReader.Options()
    options.partBytes = Self.partBytes
    let folder = try TemporaryFolder(["attendance.csv": text])
    let dataset = try folder.read(options: options)
    // Every row but the malformed one and the duplicate is an attendance.
    #expect(dataset.attendance.count == Self.rows - 2)
    #expect(dataset.participants.count == 5_000)
    // Lines: the header is line 1; row i starts on line i + 1 up to row 3,000, which takes
    // two lines, and on line i + 2 after it.
    let issues = dataset.issues.map { "\($0.line) \($0.severity) \($0.problem)" }
    #expect(issues.count == 2)
    #expect(issues.first?.hasPrefix("6002 ") == true)
    #expect(issues.first?.contains("never closed") == true)
    #expect(
      issues.last == "9002 duplicate the same person at the same session again; counted once")
    // The value over two lines is one activity.
    #expect(dataset.text.strings.contains("Singing\ntogether"))
  }
}
