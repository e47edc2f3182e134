/// How a cell looks: font, fill, number format, alignment and border. Styles are values;
/// the workbook makes one spreadsheet format per distinct style.
struct CellStyle: Hashable, Sendable {
  var bold = false
  var italic = false
  /// Points; `nil` for the default (11).
  var fontSize: Double?
  var fontColor: Color?
  var fill: Color?
  var numberFormat: NumberFormat?
  var wrap = false
  var alignment: Alignment?
  var verticalTop = false
  var bottomBorder = false

  /// Horizontal alignment.
  enum Alignment: Hashable, Sendable {
    case left, center, right
  }

  /// The default look.
  static let plain = CellStyle()

  /// A copy with a number format.
  func with(_ format: NumberFormat?) -> CellStyle {
    var copy = self
    copy.numberFormat = format
    return copy
  }
}

/// An RGB colour.
struct Color: Hashable, Sendable {
  /// `0xRRGGBB`.
  let rgb: UInt32

  private init(_ rgb: UInt32) { self.rgb = rgb }

  // A palette that colour-blind readers can tell apart (Okabe–Ito), plus greys.
  static let blue = Color(0x0072B2)
  static let orange = Color(0xE69F00)
  static let green = Color(0x009E73)
  static let vermilion = Color(0xD55E00)
  static let skyBlue = Color(0x56B4E9)
  static let purple = Color(0xCC79A7)
  static let darkGrey = Color(0x404040)
  static let midGrey = Color(0x767676)
  static let lightGrey = Color(0xF2F2F2)
  static let white = Color(0xFFFFFF)
  /// Fills for target status: light green and light orange, with dark text.
  static let metFill = Color(0xC6EFCE)
  static let metText = Color(0x006100)
  static let notMetFill = Color(0xFFD8B0)
  static let notMetText = Color(0x7A3A00)

  /// The series colours of charts, in order.
  static let series = [blue, orange, green, vermilion, skyBlue, purple]
}

/// A number format. Each case is one of a fixed set of Excel format codes.
enum NumberFormat: Hashable, Sendable {
  /// `1,204`.
  case whole
  /// `1,204.5` with the given decimals (0–4).
  case decimal(places: Int)
  /// `38%` or `0.4%` with the given decimals (the value is a fraction).
  case percent(places: Int)
  /// `£12,500` or `£12.50` with the given decimals (0 or 2).
  case currency(symbol: String, places: Int)
  /// `+12.0%` / `-3.4%`: a relative change.
  case signedPercent
  /// `+2.3 pts`: a change in percentage points (the value is already ×100).
  case signedPoints
  /// `+1.2`: a signed change with the given decimals (0–4).
  case signedDecimal(places: Int)
  /// `0.0048`, and `<0.0001` below that.
  case pValue
  /// `2026-03-31`.
  case isoDate

  /// The Excel format code.
  var code: String {
    switch self {
    case .whole: return "#,##0"
    case .decimal(let places): return "#,##0" + Self.decimals(places)
    case .percent(let places): return "0" + Self.decimals(places) + "%"
    case .currency(let symbol, let places):
      let quoted = "\"" + symbol.replacingOccurrences(of: "\"", with: "") + "\""
      return quoted + "#,##0" + Self.decimals(places) + ";-" + quoted + "#,##0"
        + Self.decimals(places)
    case .signedPercent: return "+0.0%;-0.0%;0.0%"
    case .pValue: return "[<0.0001]\"<0.0001\";0.0000"
    case .signedPoints: return "+0.0\" pts\";-0.0\" pts\";0.0\" pts\""
    case .signedDecimal(let places):
      let body = "0" + Self.decimals(places)
      return "+\(body);-\(body);\(body)"
    case .isoDate: return "yyyy-mm-dd"
    }
  }

  private static func decimals(_ places: Int) -> String {
    let count = min(max(places, 0), 4)
    return count == 0 ? "" : "." + String(repeating: "0", count: count)
  }
}
