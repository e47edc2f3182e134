/// Text from the data made safe inside Markdown: `\`, `` ` ``, `*`, `_`, `~`, `[`, `]`, `|`
/// and `#` are backslash-escaped (so no emphasis, code, link, image, table cell or heading),
/// `<` is escaped where it could open a tag (before a letter, `/`, `!` or `?`, so `<5` stays
/// readable), the `:` of `http://` (and `https`, `ftp`) and the `.` of `www.` are escaped so
/// that no autolink forms, and line breaks become spaces so a table row stays one row.
enum MarkdownText {
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case ":" where startsLink(scalars, colonAt: index), "." where endsWWW(scalars, at: index):
        out += "\\"
        out.unicodeScalars.append(scalar)
      case "\\", "`", "*", "_", "~", "[", "]", "|", "#":
        out += "\\"
        out.unicodeScalars.append(scalar)
      case "<":
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        let opensTag =
          next.properties.isAlphabetic || next == "/" || next == "!" || next == "?"
        out += opensTag ? "\\<" : "<"
      case "\n", "\r":
        out += " "
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Whether the `:` at `index` is that of `http://`, `https://` or `ftp://`.
  private static func startsLink(_ scalars: [Unicode.Scalar], colonAt index: Int) -> Bool {
    guard index + 2 < scalars.count, scalars[index + 1] == "/", scalars[index + 2] == "/"
    else { return false }
    let before = String(String.UnicodeScalarView(scalars[max(0, index - 5)..<index])).lowercased()
    return before.hasSuffix("http") || before.hasSuffix("https") || before.hasSuffix("ftp")
  }

  /// Whether the `.` at `index` ends `www.`.
  private static func endsWWW(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    index >= 3 && scalars[(index - 3)..<index].allSatisfy { $0 == "w" || $0 == "W" }
  }
}
