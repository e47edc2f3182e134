import Foundation
import ImpactModel

/// What a per-event file's name says (DATA.md "Real exports"): the one date it holds
/// (`Youth Theatre 01 Jul 2025 - attendees.csv` is 1 July 2025), and the rest of the name,
/// without the date, separators and the words that name the export (`attendees`, `register`
/// … from `values.txt`), as a programme. Used for an attendance file without a date column.
struct FileNameFacts: Sendable, Equatable {
  /// The one date the name holds; `nil` for none, or for two different ones.
  var date: Day?
  /// The rest of the name, without its date and the words that name the export, when it
  /// leaves any words: the programme of a per-event file or a register grid without a
  /// programme column.
  var programme: String?

  init() {}

  /// The facts of a file name (a path's last part), dates read in `order`.
  init(fileName: String, order: DateOrder) {
    let base = (fileName as NSString).deletingPathExtension
    let tokens = base.split(whereSeparator: { $0 == " " || $0 == "_" }).map(String.init)
    let parser = DateParser(order: order)
    var found: (day: Day, range: Range<Int>)?
    var start = 0
    while start < tokens.count {
      var matched = false
      for length in stride(from: min(4, tokens.count - start), through: 1, by: -1) {
        let text = tokens[start..<start + length].joined(separator: " ")
        guard Self.mayBeDate(text), let day = parser.parse(text).value else { continue }
        if let found, found.day != day { return }
        found = (day, start..<start + length)
        start += length
        matched = true
        break
      }
      if !matched { start += 1 }
    }
    date = found?.day
    let rest = tokens.enumerated().filter { !(found?.range.contains($0.offset) ?? false) }
      .map(\.element).joined(separator: " ")
    programme = Self.programme(in: rest)
  }

  /// A text (the rest of a file name, a register's title row) without the words at its end
  /// that name the export (`attendees`, `register` …) and separators; `nil` when no word is
  /// left.
  static func programme(in text: String) -> String? {
    let separators = CharacterSet(charactersIn: " -–—_.,:()")
    var rest = text.trimmingCharacters(in: separators)
    for _ in 0..<3 {
      let lower = rest.lowercased()
      guard let word = exportWords.first(where: { lower.hasSuffix($0) }) else { break }
      rest = String(rest.dropLast(word.count)).trimmingCharacters(in: separators)
    }
    return rest.contains(where: \.isLetter) ? rest : nil
  }

  /// Whether a part of a name could be a date: not a bare number (`2025`, `3`), which would
  /// read as an Excel serial, unless it is eight digits (`20250701`).
  private static func mayBeDate(_ text: String) -> Bool {
    text.contains { !$0.isNumber } || text.count == 8
  }

  /// The words that name the export, longest first.
  static let exportWords: [String] = VocabularyFile.values.section("file_name_words")
    .items("export").map { $0.lowercased() }.sorted { $0.count > $1.count }
}
