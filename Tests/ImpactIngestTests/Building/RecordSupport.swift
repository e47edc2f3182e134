@testable import ImpactIngest

/// Short ways to make the records of the building tests.
enum RecordSupport {
  /// A record at `line` holding `fields` as written.
  static func record(_ fields: [String], line: Int = 2) -> CSVRecord {
    var record = CSVRecord()
    record.begin(atLine: line)
    for field in fields {
      Array(field.utf8).withUnsafeBytes { record.appendField($0) }
    }
    return record
  }
}
