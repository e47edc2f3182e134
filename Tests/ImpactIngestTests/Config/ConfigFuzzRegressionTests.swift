import Foundation
import ImpactIngest
import Testing

/// Replays each kept input of the `impact.yml` fuzz target (`Fuzz/Regressions/config/`) and
/// checks the outcome is the one recorded beside it.
@Suite struct ConfigFuzzRegressionTests {
  static let folder =
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path + "/Fuzz/Regressions/config"

  static var inputs: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { !$0.hasSuffix(".expected") }.sorted()
  }

  @Test func theKeptInputsAreThere() {
    #expect(!Self.inputs.isEmpty)
  }

  @Test(arguments: inputs)
  func replay(name: String) throws {
    let text = String(
      decoding: try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + name)), as: UTF8.self)
    let expected = try String(
      contentsOfFile: Self.folder + "/" + name + ".expected", encoding: .utf8)
    let outcome: String
    do {
      _ = try ConfigLoader(knownColumns: CanonicalColumns.names).load(
        yaml: text, path: "impact.yml")
      outcome = "loads"
    } catch {
      outcome = error.description
    }
    #expect(outcome == expected.trimmingCharacters(in: .newlines))
  }
}
