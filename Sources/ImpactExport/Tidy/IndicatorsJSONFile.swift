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
    var out = "{\n"
    out += "  \"organisation\": \(JSONText.string(heading.organisation)),\n"
    out += "  \"generated_at\": \(JSONText.string(heading.generatedAt)),\n"
    out += "  \"tool_version\": \(JSONText.string(heading.toolVersion)),\n"
    let period = heading.reportingPeriod
    out += "  \"period\": {\"label\": \(JSONText.string(period.label)), "
    out += "\"start\": \(period.start.map { JSONText.string($0.description) } ?? "null"), "
    out += "\"end\": \(period.end.map { JSONText.string($0.description) } ?? "null")},\n"
    out += "  \"indicators\": [\n"
    for (index, row) in rows.enumerated() {
      let fields = zip(IndicatorColumns.names, IndicatorColumns.cells(row)).map { name, cell in
        let value: String
        switch cell {
        case .text(let text, _): value = JSONText.string(text)
        case .number(let number): value = PlainNumber.text(number)
        case .empty: value = "null"
        }
        return "\(JSONText.string(name)): \(value)"
      }
      out +=
        "    {" + fields.joined(separator: ", ") + "}" + (index + 1 < rows.count ? ",\n" : "\n")
    }
    out += "  ]\n}\n"
    return out
  }

  /// Writes the file at `path`, atomically.
  public func write(to path: String) throws(FileWriteError) {
    try AtomicFileWriter.write(text, to: path)
  }
}

/// JSON string literals.
enum JSONText {
  static func string(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
