import Foundation
import ImpactModel
import ImpactTestSupport
import Testing

@testable import ImpactIngest

/// Replays each kept input of the CSV and `.xlsx` fuzz targets (`Fuzz/Regressions/csv/`,
/// `Fuzz/Regressions/xlsx/`) the way the targets run them, as a data folder's one file, and
/// checks the outcome is the one recorded beside it.
@Suite struct DataFuzzRegressionTests {
  static let root =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path + "/Fuzz/Regressions/"

  /// The kept inputs, as `target/name`.
  static var inputs: [String] {
    ["csv", "xlsx"].flatMap { target in
      ((try? FileManager.default.contentsOfDirectory(atPath: root + target)) ?? [])
        .filter { !$0.hasSuffix(".expected") }.sorted().map { target + "/" + $0 }
    }
  }

  @Test func theKeptInputsAreThere() {
    #expect(!Self.inputs.isEmpty)
  }

  @Test(arguments: inputs)
  func replay(input: String) throws {
    let target = String(input.prefix { $0 != "/" })
    let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.root + input))
    let expected = try String(contentsOfFile: Self.root + input + ".expected", encoding: .utf8)
    let folder = try TemporaryFolder()
    let name = "data." + target
    try bytes.write(to: URL(fileURLWithPath: folder.file(name)))
    let outcome: String
    do {
      let dataset = try folder.read()
      outcome = dataset.files.map { "\($0.kind.rawValue): \($0.rowsRead) rows read" }
        .joined(separator: "; ")
    } catch {
      outcome = "\(error)"
    }
    #expect(outcome == expected.trimmingCharacters(in: .newlines))
  }
}
