/// Text from the data made safe inside Markdown: `\`, `` ` ``, `*`, `_`, `[`, `]`, `|` and `#`
/// are backslash-escaped, `<` is escaped where it could open a tag (before a letter, `/`, `!`
/// or `?`, so `<5` stays readable), and line breaks become spaces so a table row stays one row.
enum MarkdownText {
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\\", "`", "*", "_", "[", "]", "|", "#":
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
}
