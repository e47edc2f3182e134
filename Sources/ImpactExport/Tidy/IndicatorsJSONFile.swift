import ImpactAnalytics
import ImpactFiles

/// `indicators.json`: the rows of `indicators.csv` as objects, under a heading with the
/// organisation, the generation time, the tool version and the reporting period.
public struct IndicatorsJSONFile {
  /// What the heading says.
  public struct Heading: Sendable {
    /// The organisation's name.
    public var organisation: String
    /// The "generated at" time, ISO 8601.
    public var generatedAt: String
    /// The tool's version.
    public var toolVersion: String
    /// The reporting period.
    public var reportingPeriod: Period

    /// Creates a heading.
    public init(
      organisation: String, generatedAt: String, toolVersion: String, reportingPeriod: Period
    ) {
      self.organisation = organisation
      self.generatedAt = generatedAt
      self.toolVersion = toolVersion
      self.reportingPeriod = reportingPeriod
    }
  }

  let heading: Heading
  let rows: [IndicatorRow]

  /// Creates the file's content.
  public init(heading: Heading, rows: [IndicatorRow]) {
    self.heading = heading
    self.rows = rows
  }

  /// The JSON text: keys in a fixed order, one row object per line.
  public var text: String {
    var out: [UInt8] = []
    forEachLine { out += $0 }
    return String(decoding: out, as: UTF8.self)
  }

  /// Writes the file at `path`, atomically, a row at a time (no whole-file string).
  public func write(to path: String) throws(FileWriteError) {
    var file = try AtomicFileWriter(path: path)
    try forEachLine { (line) throws(FileWriteError) in try file.write(line) }
    try file.commit()
  }

  /// What comes before each column's value in a row object, as UTF-8: `"period": `, then
  /// `, "period_start": ` and so on, written out once rather than once a row.
  private static let keys: [[UInt8]] = IndicatorColumns.names.enumerated().map { column, name in
    var key: [UInt8] = column > 0 ? Array(", ".utf8) : []
    JSONText.append(name, to: &key)
    key += Array(": ".utf8)
    return key
  }

  /// Calls `body` with each line of the file as UTF-8 (the buffer is reused between calls).
  private func forEachLine<Failure: Error>(_ body: ([UInt8]) throws(Failure) -> Void)
    throws(Failure)
  {
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    func put(_ text: String) { out.append(contentsOf: text.utf8) }
    put("{\n  \"organisation\": ")
    JSONText.append(heading.organisation, to: &out)
    put(",\n  \"generated_at\": ")
    JSONText.append(heading.generatedAt, to: &out)
    put(",\n  \"tool_version\": ")
    JSONText.append(heading.toolVersion, to: &out)
    let period = heading.reportingPeriod
    put(",\n  \"period\": {\"label\": ")
    JSONText.append(period.label, to: &out)
    put(", \"start\": ")
    if let start = period.start {
      JSONText.append(start.description, to: &out)
    } else {
      put("null")
    }
    put(", \"end\": ")
    if let end = period.end { JSONText.append(end.description, to: &out) } else { put("null") }
    put("},\n  \"indicators\": [\n")
    try body(out)
    var cells = IndicatorCells()
    let keys = Self.keys
    for (index, row) in rows.enumerated() {
      out.removeAll(keepingCapacity: true)
      put("    {")
      for (column, cell) in cells.cells(row).enumerated() {
        out.append(contentsOf: keys[column])
        switch cell {
        case .text(let text, _): JSONText.append(text, to: &out)
        case .number(let number): put(PlainNumber.text(number))
        case .empty: put("null")
        }
      }
      put(index + 1 < rows.count ? "},\n" : "}\n")
      try body(out)
    }
    out.removeAll(keepingCapacity: true)
    put("  ]\n}\n")
    try body(out)
  }
}

/// JSON string literals, written as UTF-8: only `"`, `\\` and control characters need escapes,
/// and they are all ASCII, so the text's bytes are copied one by one.
enum JSONText {
  /// Appends `text` as a JSON string literal to `out`.
  static func append(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    // Most texts need no escape: their bytes are copied at once.
    let utf8 = text.utf8
    if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
    {
      out.append(contentsOf: utf8)
      out.append(UInt8(ascii: "\""))
      return
    }
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case ..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out += [
          UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)],
          hex[Int(byte & 0xF)],
        ]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
