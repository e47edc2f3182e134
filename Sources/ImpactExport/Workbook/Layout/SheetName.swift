/// A worksheet name that Excel accepts: 1–31 characters, none of `[ ] : * ? / \`, no
/// apostrophe at either end, no control character, and not `History` (Excel reserves it).
///
/// libxlsxwriter 1.1.4 answers a bad name only with a warning on standard error and a missing
/// sheet, so names are checked here first.
struct SheetName: Hashable, Sendable, CustomStringConvertible {
  /// The name as shown on the tab.
  let text: String

  /// Why a name was refused, or `nil` when it is acceptable.
  static func problem(with text: String) -> String? {
    let length = text.utf16.count
    if length == 0 { return "a sheet name is empty" }
    if length > 31 { return "the sheet name `\(text)` is longer than 31 characters" }
    if text.unicodeScalars.contains(where: { "[]:*?/\\".unicodeScalars.contains($0) }) {
      return "the sheet name `\(text)` holds one of [ ] : * ? / \\"
    }
    if text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      return "the sheet name `\(text)` holds a control character"
    }
    if text.hasPrefix("'") || text.hasSuffix("'") {
      return "the sheet name `\(text)` starts or ends with an apostrophe"
    }
    if text.lowercased() == "history" { return "Excel reserves the sheet name History" }
    return nil
  }

  /// A checked name, or `nil` when Excel would refuse it.
  init?(_ text: String) {
    guard Self.problem(with: text) == nil else { return nil }
    self.text = text
  }

  /// The name as a formula writes it: quoted (`'Data quality'`) unless it is letters, digits
  /// and underscores only.
  var formulaReference: String {
    let plain = text.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || scalar == "_")
    }
    return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  var description: String { text }
}
