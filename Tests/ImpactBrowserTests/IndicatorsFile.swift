import Foundation
import ImpactTestSupport

/// The rows of an `indicators.csv` the command line wrote, read by the tests' own CSV reader,
/// so the browser test checks the page against the file, not against the app's code.
struct IndicatorsFile {
  /// One row, by column name.
  typealias Row = [String: String]

  let rows: [Row]

  init(path: String) throws {
    let records = SimpleCSV.parse(try String(contentsOfFile: path, encoding: .utf8))
    let header = records.first ?? []
    rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
  }

  /// The reporting period: the first row's (rows are sorted reporting period first).
  var reportingPeriod: String { rows.first?["period"] ?? "" }

  /// The rows of `indicator` by `groupBy` in `period`.
  func rows(_ indicator: String, by groupBy: String, in period: String) -> [Row] {
    rows.filter {
      $0["indicator"] == indicator && $0["group_by"] == groupBy && $0["period"] == period
    }
  }
}
