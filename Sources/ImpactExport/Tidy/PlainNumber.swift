/// Numbers as `indicators.csv` writes them: the shortest text that reads back as the same
/// double, in plain decimal notation (never `1e-05`), whole numbers without a decimal point.
public enum PlainNumber {
  /// The plain text of a finite number; empty for NaN or infinity.
  public static func text(_ value: Double) -> String {
    guard value.isFinite else { return "" }
    if value == value.rounded(), abs(value) < 1e15 {
      return String(Int64(value))
    }
    let shortest = "\(value)"
    guard let e = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
      return shortest.hasSuffix(".0") ? String(shortest.dropLast(2)) : shortest
    }
    return expand(
      mantissa: String(shortest[..<e]), exponent: Int(shortest[shortest.index(after: e)...])!)
  }

  /// Rewrites `d.ddd × 10^exponent` without an exponent.
  private static func expand(mantissa: String, exponent: Int) -> String {
    let negative = mantissa.hasPrefix("-")
    let unsigned = negative ? String(mantissa.dropFirst()) : mantissa
    let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    var fraction = parts.count > 1 ? String(parts[1]) : ""
    if fraction == "0" { fraction = "" }
    var digits = whole + fraction
    var point = whole.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: -point + 1) + digits
      point = 1
    } else if point > digits.count {
      digits += String(repeating: "0", count: point - digits.count)
    }
    var text = String(digits.prefix(point))
    let rest = String(digits.dropFirst(point))
    let trimmedRest = rest.replacingTrailingZeros()
    if !trimmedRest.isEmpty { text += "." + trimmedRest }
    let start = text.firstIndex { $0 != "0" } ?? text.endIndex
    if start == text.endIndex || text[start] == "." {
      text = "0" + text[start...]
    } else {
      text = String(text[start...])
    }
    return (negative ? "-" : "") + text
  }
}

extension String {
  fileprivate func replacingTrailingZeros() -> String {
    var text = self
    while text.hasSuffix("0") { text.removeLast() }
    return text
  }
}
