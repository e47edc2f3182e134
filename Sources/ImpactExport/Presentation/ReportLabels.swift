/// The names, table headings, captions and chart titles of the text reports, by key, from
/// `labels.txt`: one `key: text` a line, `#` starting a comment line, blank lines ignored.
/// A text may hold placeholders, `{period}`, filled in when it is used.
///
/// Keys by kind: `indicator.<id>`, `field.<name>`, `group.<field>` and `group.<field>.<group>`,
/// `heading.…`, `caption.…`, `chart.…` and `word.…`.
public struct ReportLabels: Sendable, Equatable {
  /// The file's name, in `reports/templates/` and in a `--templates` folder.
  static let fileName = "labels.txt"

  /// The texts by key.
  private(set) var texts: [String: String]

  /// Labels from texts by key.
  init(texts: [String: String]) {
    self.texts = texts
  }

  /// Parses the text of a labels file; `path` names it in errors.
  public init(parsing text: String, path: String) throws(TemplateError) {
    var texts: [String: String] = [:]
    for (index, rawLine) in text.split(
      omittingEmptySubsequences: false, whereSeparator: \.isNewline
    ).enumerated() {
      let line = rawLine.trimmingWhitespace()
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      let problem = { (problem: String) in
        TemplateError.syntax(file: path, line: index + 1, column: 1, problem: problem)
      }
      let parts = Self.split(line)
      guard let (key, value) = parts, !key.isEmpty, !key.contains(where: \.isWhitespace) else {
        throw problem("a label must be written `key: text`, with no space in the key")
      }
      guard texts[key] == nil else { throw problem("the label \(key) is given twice") }
      if let markup = Self.markup(in: value) {
        throw problem(
          "the label \(key) holds markup (\(markup)); labels are plain words, escaped in "
            + "every report, so write the text without tags, links or {{…}}")
      }
      texts[key] = value
    }
    self.texts = texts
  }

  /// The first piece of markup in a label's text, if any: an HTML tag (`<` before a letter,
  /// `/`, `!` or `?`), a Mustache tag (`{{`, `}}`) or a Markdown link or image (`](`).
  static func markup(in text: String) -> String? {
    let characters = Array(text)
    for index in characters.indices {
      let next = index + 1 < characters.count ? characters[index + 1] : nil
      switch (characters[index], next) {
      case ("<", let after?) where after.isLetter || "/!?".contains(after):
        return "<" + String(after)
      case ("{", "{"?): return "{{"
      case ("}", "}"?): return "}}"
      case ("]", "("?): return "]("
      default: continue
      }
    }
    return nil
  }

  /// The built-in labels, `reports/templates/labels.txt` as embedded in the binary.
  static func builtIn() throws(TemplateError) -> ReportLabels {
    try ReportLabels(
      parsing: BuiltInTemplates.files[fileName] ?? "",
      path: "reports/templates/\(fileName) (built in)")
  }

  /// These labels with `other`'s in place of any given in both.
  func merging(_ other: ReportLabels) -> ReportLabels {
    ReportLabels(texts: texts.merging(other.texts) { _, new in new })
  }

  /// Every text by key (for a template that looks labels up by name).
  public var all: [String: String] { texts }

  /// The text of `key`, or `nil` when there is none.
  func text(_ key: String) -> String? {
    texts[key]
  }

  /// The text of `key`; the key itself when there is none (a test checks that every key used
  /// is in the built-in file, so a report never shows one).
  public subscript(key: String) -> String {
    texts[key] ?? key
  }

  /// The text of `key` with its placeholders filled: `{period}` by `values["period"]`.
  public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
    Self.fill(self[key], values)
  }

  /// `pattern` with each `{name}` whose name is in `values` replaced by its value; any other
  /// text, braces included, kept as it is.
  static func fill(_ pattern: String, _ values: [String: String]) -> String {
    guard pattern.contains("{") else { return pattern }
    var out = ""
    var rest = pattern[...]
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      let afterOpen = rest.index(after: open)
      if let close = rest[afterOpen...].firstIndex(of: "}"),
        let value = values[String(rest[afterOpen..<close])]
      {
        out += value
        rest = rest[rest.index(after: close)...]
      } else {
        out += "{"
        rest = rest[afterOpen...]
      }
    }
    return out + rest
  }

  /// `key: text` → key and text (the separator is the first colon followed by a space or the
  /// end of the line, so a key may hold a colon: `indicator.priority_share:any`).
  private static func split(_ line: Substring) -> (String, String)? {
    var index = line.startIndex
    while let colon = line[index...].firstIndex(of: ":") {
      let next = line.index(after: colon)
      if next == line.endIndex || line[next] == " " || line[next] == "\t" {
        return (String(line[..<colon]), String(line[next...].trimmingWhitespace()))
      }
      index = next
    }
    return nil
  }
}

extension Substring {
  /// Without leading and trailing spaces, tabs and carriage returns.
  fileprivate func trimmingWhitespace() -> Substring {
    var text = self
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return text
  }
}
