import Foundation

/// The rows of an `indicators.csv` the command line wrote, read here on their own (quoted
/// fields, doubled quotes), so the browser test checks the page against the file, not against
/// the app's code.
struct IndicatorsFile {
  /// One row, by column name.
  typealias Row = [String: String]

  let rows: [Row]

  init(path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var characters = text.makeIterator()
    var pending: Character? = nil
    while let character = pending ?? characters.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          let next = characters.next()
          if next == "\"" {
            field.append("\"")
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" {
        quoted = true
      } else if character == "," {
        record.append(field)
        field = ""
      } else if character == "\n" || character == "\r\n" {
        record.append(field)
        records.append(record)
        record = []
        field = ""
      } else {
        field.append(character)
      }
    }
    if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
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
