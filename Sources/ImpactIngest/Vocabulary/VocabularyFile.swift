/// One of the vocabulary files that ship inside the binary (`Vocabulary/Files/*.txt`,
/// embedded by `make templates`): `[section]` lines, each followed by `key: item | item | …`
/// lines; `#` starts a comment line and blank lines are ignored.
///
/// ```
/// [attendance_status]
/// attended: attended | present | ✓
/// ```
struct VocabularyFile: Sendable {
  /// One `key: items` line.
  struct Entry: Sendable, Equatable {
    var key: String
    var items: [String]
  }

  /// One `[name]` section and its lines, in the order written.
  struct Section: Sendable {
    var name: String
    var entries: [Entry]

    /// The items of every line with `key`, in order.
    func items(_ key: String) -> [String] {
      entries.filter { $0.key == key }.flatMap(\.items)
    }
  }

  /// The sections, in the order written.
  let sections: [Section]

  /// Parses a vocabulary file's text. A line that is neither a section, an entry, a comment
  /// nor blank stops with a message naming the file and line: the files are the project's
  /// own, checked by the tests.
  init(parsing text: String, name: String) {
    var sections: [Section] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: " \t\r")
      if line.isEmpty || line.hasPrefix("#") { continue }
      if line.hasPrefix("["), line.hasSuffix("]") {
        sections.append(Section(name: String(line.dropFirst().dropLast()), entries: []))
        continue
      }
      guard let colon = line.firstIndex(of: ":"), !sections.isEmpty else {
        preconditionFailure("\(name):\(index + 1): not `[section]` nor `key: items`")
      }
      let key = String(line[..<colon]).trimmingCharacters(in: " \t")
      let items = line[line.index(after: colon)...].split(separator: "|").map {
        String($0).trimmingCharacters(in: " \t")
      }.filter { !$0.isEmpty }
      sections[sections.count - 1].entries.append(Entry(key: key, items: items))
    }
    self.sections = sections
  }

  /// The built-in file named `name` (`columns.txt`, `values.txt`, `layouts.txt`).
  static func builtIn(_ name: String) -> VocabularyFile {
    VocabularyFile(parsing: BuiltInVocabulary.files[name] ?? "", name: name)
  }

  /// The built-in `columns.txt`: header names by kind of file.
  static let columns = builtIn("columns.txt")
  /// The built-in `values.txt`: the words of each coded value.
  static let values = builtIn("values.txt")
  /// The built-in `layouts.txt`: the layouts of common exports.
  static let layouts = builtIn("layouts.txt")

  /// The section named `name`, or an empty one.
  func section(_ name: String) -> Section {
    sections.first { $0.name == name } ?? Section(name: name, entries: [])
  }
}

extension StringProtocol {
  /// The text without the given characters at either end.
  fileprivate func trimmingCharacters(in set: String) -> String {
    var start = startIndex
    var end = endIndex
    while start < end, set.contains(self[start]) { start = index(after: start) }
    while end > start, set.contains(self[index(before: end)]) { end = index(before: end) }
    return String(self[start..<end])
  }
}
