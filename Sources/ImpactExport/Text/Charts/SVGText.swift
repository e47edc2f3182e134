/// Text made safe for SVG and XHTML: the five markup characters escaped, and characters XML
/// does not allow (most control characters, unpaired surrogates cannot occur in a `String`,
/// U+FFFE and U+FFFF) dropped.
enum SVGText {
  /// `text` escaped for an XML text node or attribute value.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        if allowedInXML(scalar) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }

  /// Whether XML 1.0 allows the character.
  static func allowedInXML(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x20 { return value == 0x9 || value == 0xA || value == 0xD }
    return value != 0xFFFE && value != 0xFFFF
  }

  /// A coordinate or length with at most one decimal: `12`, `12.5`.
  static func number(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = Int(tenths / 10)
    let fraction = Int(abs(tenths.truncatingRemainder(dividingBy: 10)))
    let sign = tenths < 0 && whole == 0 ? "-" : ""
    return fraction == 0 ? sign + String(whole) : sign + String(whole) + "." + String(fraction)
  }
}
