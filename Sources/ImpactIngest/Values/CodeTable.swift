/// A vocabulary of codes, each with the words people write for it, matched the DATA.md
/// way: by ``CodeKey`` normal form, on the whole value first, then on its leading words
/// (longest first), so "End of programme" is read by its first word `end`.
///
/// Every table also knows the common non-answers ("Prefer not to say", "Don't know",
/// "Unknown", "N/A" …), which read as unknown.
struct CodeTable<Code: Sendable>: Sendable {
  /// What a text matched.
  enum Match {
    /// A code of the table.
    case code(Code)
    /// A blank cell or a non-answer.
    case unknown
    /// Nothing in the table.
    case unmatched
  }

  private enum Entry {
    case code(Code)
    case unknown
  }

  /// The phrases every table reads as unknown.
  static var nonAnswers: [String] {
    VocabularyFile.values.section("non_answers").items("unknown")
  }

  private let entries: [String: Entry]
  private let slashSeparates: Bool

  /// A table of codes and their words; the words are written as people write them and
  /// read through ``CodeKey`` (with `slashSeparates` passed on). `nonAnswers` are read as
  /// unknown; where a word is given twice, the later code wins.
  init(
    _ codes: [(Code, [String])], nonAnswers: [String] = CodeTable.nonAnswers,
    slashSeparates: Bool = false
  ) {
    var entries: [String: Entry] = [:]
    for phrase in nonAnswers {
      entries[CodeKey.make(phrase, slashSeparates: slashSeparates)] = .unknown
    }
    for (code, words) in codes {
      for word in words {
        entries[CodeKey.make(word, slashSeparates: slashSeparates)] = .code(code)
      }
    }
    self.entries = entries
    self.slashSeparates = slashSeparates
  }

  /// The code a text names: by the whole value, else by its leading words.
  func match(_ text: String) -> Match {
    CellText.withTrimmedBytes(text) { match($0) }
  }

  /// The code trimmed UTF-8 bytes name.
  func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Match {
    if bytes.isEmpty { return .unknown }
    let key = CodeKey.make(bytes, slashSeparates: slashSeparates)
    if key.isEmpty { return .unknown }
    if let entry = entries[key] { return Self.match(entry) }
    var utf8 = key.utf8[...]
    while let boundary = utf8.lastIndex(of: CodeKey.separator) {
      utf8 = utf8[..<boundary]
      if let entry = entries[String(Substring(utf8))] { return Self.match(entry) }
    }
    return .unmatched
  }

  private static func match(_ entry: Entry) -> Match {
    switch entry {
    case .code(let code): return .code(code)
    case .unknown: return .unknown
    }
  }
}

extension CodeTable {
  /// The table `[name]` of the built-in `values.txt`, each line's key read as a code by
  /// `code`; a key it cannot read stops (the file is the project's own, checked by tests).
  init(vocabulary name: String, slashSeparates: Bool = false, code: (String) -> Code?) {
    let section = VocabularyFile.values.section(name)
    precondition(!section.entries.isEmpty, "values.txt has no [\(name)]")
    self.init(
      section.entries.map { entry in
        guard let value = code(entry.key) else {
          preconditionFailure("values.txt [\(name)]: `\(entry.key)` is not a code")
        }
        return (value, entry.items)
      }, slashSeparates: slashSeparates)
  }
}

extension CodeTable where Code: RawRepresentable, Code.RawValue == String {
  /// The table `[name]` of the built-in `values.txt`, each line's key a code's raw value.
  init(vocabulary name: String, slashSeparates: Bool = false) {
    self.init(vocabulary: name, slashSeparates: slashSeparates) { Code(rawValue: $0) }
  }
}
