import ImpactModel

/// A free-text cell read once: its id in the dataset's text, and the id of its case-folded,
/// space-collapsed form (for session keys).
struct TextCell {
  var id: Int32
  var folded: Int32
}

extension DatasetBuilder {
  /// The free text in a cell, interned, memoised by the cell's bytes; `nil` when empty.
  mutating func cellText(_ record: borrowing CSVRecord, _ column: Int?) -> TextCell? {
    guard let column, column < record.count else { return nil }
    return record.withFieldBytes(column) { raw in
      let bytes = CellText.trimmed(raw)
      guard !bytes.isEmpty else { return nil }
      if let known = textCells.value(for: bytes) { return known }
      let text = String(decoding: bytes, as: UTF8.self)
      let cell = TextCell(id: textID(text), folded: fold(text))
      textCells.insert(cell, for: bytes)
      return cell
    }
  }

  /// The participant a cell names, memoised by the cell's bytes; `nil` when empty.
  mutating func cellParticipant(_ record: borrowing CSVRecord, _ column: Int?) -> Int32? {
    guard let column, column < record.count else { return nil }
    return record.withFieldBytes(column) { raw in
      let bytes = CellText.trimmed(raw)
      guard !bytes.isEmpty else { return nil }
      if let known = participantCells.value(for: bytes) { return known }
      let index = dataset.participants.index(for: String(decoding: bytes, as: UTF8.self))
      participantCells.insert(index, for: bytes)
      return index
    }
  }

  /// The id of a text case-folded with runs of spaces collapsed, for session keys.
  mutating func fold(_ text: String) -> Int32 {
    let folded = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return foldedText.intern(folded)
  }
}
