/// A name for a cell (a defined name) or for a table that Excel accepts: 1–100 characters of
/// ASCII letters, digits, `_` and `.`, starting with a letter or `_`, and not readable as a
/// cell reference (`A1`, `R1C1`, `R`, `C`).
struct DefinedName: Hashable, Sendable, CustomStringConvertible {
  /// The name.
  let text: String

  /// A checked name, or `nil` when Excel would refuse it.
  init?(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    guard (1...100).contains(scalars.count),
      let first = scalars.first, Self.isLetter(first) || first == "_",
      scalars.allSatisfy({ Self.isLetter($0) || Self.isDigit($0) || $0 == "_" || $0 == "." }),
      !Self.looksLikeReference(text)
    else { return nil }
    self.text = text
  }

  /// A name made from any text: characters Excel refuses become `_`, and a prefix keeps it
  /// from starting badly or reading as a reference.
  static func derived(prefix: String, from text: String) -> DefinedName? {
    let body = String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { isLetter($0) || isDigit($0) || $0 == "." ? $0 : "_" }))
    return DefinedName(prefix + "_" + body)
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  /// Whether Excel would read the name as a cell: `R`, `C`, letters then digits (`AB12`),
  /// or R1C1 notation.
  private static func looksLikeReference(_ text: String) -> Bool {
    let upper = text.uppercased()
    if upper == "R" || upper == "C" { return true }
    let letters = upper.prefix { ("A"..."Z").contains($0) }
    let rest = upper.dropFirst(letters.count)
    if (1...3).contains(letters.count), !rest.isEmpty, rest.allSatisfy(\.isNumber) {
      return true
    }
    if upper.first == "R" {
      let afterR = upper.dropFirst().drop { $0.isNumber }
      if afterR.first == "C", afterR.dropFirst().allSatisfy(\.isNumber) { return true }
    }
    return false
  }

  var description: String { text }
}
