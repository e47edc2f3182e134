/// Fits a text to a word limit by keeping whole sentences: the longest run of sentences from
/// the start whose words are within the limit. Words are counted as funder portals count them
/// (``WordCount``). A sentence ends at `.`, `!` or `?` (with any closing quote or bracket after
/// it) followed by a space, or at a line break.
struct SentenceFit: Sendable, Equatable {
  /// The text that fits.
  let text: String
  /// Its words.
  let words: Int
  /// Whether sentences were left out.
  let cut: Bool

  /// `text` fitted to `limit` words (`nil`: no limit). When even the first sentence is longer
  /// than the limit, its first `limit` words are kept, ending with `…`. With `wholeLines`, only
  /// line ends count as sentence ends (a list of quotes is cut between quotes).
  init(_ text: String, limit: Int?, wholeLines: Bool = false) {
    let total = WordCount.of(text)
    guard let limit, total > limit else {
      self.text = text
      words = total
      cut = false
      return
    }
    var kept = ""
    for end in Self.sentenceEnds(in: text, wholeLines: wholeLines) {
      let candidate = String(text[..<end])
      if WordCount.of(candidate) > limit { break }
      kept = candidate
    }
    if kept.isEmpty {
      let first = text.split(whereSeparator: { $0.isWhitespace }).prefix(limit)
      kept = first.joined(separator: " ") + "…"
    }
    self.text = kept.trimmingCharacters(in: .whitespacesAndNewlines)
    words = WordCount.of(self.text)
    cut = true
  }

  /// The positions just after each sentence's end, in order (the text's end included).
  static func sentenceEnds(in text: String, wholeLines: Bool = false) -> [String.Index] {
    let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]"]
    var ends: [String.Index] = []
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "\n" {
        ends.append(index)
      } else if wholeLines {
      } else if character == "." || character == "!" || character == "?" {
        var after = text.index(after: index)
        while after < text.endIndex, closers.contains(text[after]) {
          after = text.index(after: after)
        }
        if after == text.endIndex || text[after].isWhitespace { ends.append(after) }
      }
      index = text.index(after: index)
    }
    if ends.last != text.endIndex { ends.append(text.endIndex) }
    return ends
  }
}
