import Foundation
import ImpactIngest
import ImpactModel

/// Helpers shared by the configuration tests.
enum ConfigTestSupport {
  /// A small schema standing in for the caller's canonical columns.
  static let knownColumns: [FileKind: Set<String>] = [
    .attendance: ["date", "programme", "participant_id", "headcount"],
    .participants: ["participant_id", "gender", "age"],
    .feedback: ["date", "swemwbs_1", "swemwbs_2"],
    .funding: ["funder", "amount"],
  ]

  /// A loader over `knownColumns`.
  static let loader = ConfigLoader(knownColumns: knownColumns)

  /// The path of a fixture under `Fixtures/config`.
  static func fixturePath(_ name: String) -> String {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures/config/\(name)").path
  }

  /// The error loading `yaml` (named `impact.yml`) throws, or `nil` when it loads.
  static func error(_ yaml: String) -> ConfigError? {
    do {
      _ = try loader.load(yaml: yaml, path: "impact.yml")
      return nil
    } catch {
      return error
    }
  }
}
