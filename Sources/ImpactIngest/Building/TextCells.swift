import ImpactModel

/// A free-text cell read once: its id in the dataset's text, and the id of its case-folded,
/// space-collapsed form (for session keys).
struct TextCell {
  var id: Int32
  var folded: Int32
}

/// The free-text and participant-id cells of every file, each distinct cell interned once
/// and remembered by its bytes: registers repeat the same programmes, venues and ids on row
/// after row.
struct TextCells {
  /// The case-folded, space-collapsed texts of session keys.
  private var foldedText = StringPool()
  private var texts = ByteKeyedCache<TextCell>(limit: 1 << 20)
  private var participants = ByteKeyedCache<Int32>()

  /// The free text in a cell, interned into `pool`; `nil` when the cell is blank or absent.
  mutating func text(
    _ record: borrowing CSVRecord, _ column: Int?, in pool: inout StringPool
  ) -> TextCell? {
    guard let column, column < record.count else { return nil }
    return record.withFieldBytes(column) { raw in
      let bytes = CellText.trimmed(raw)
      guard !bytes.isEmpty else { return nil }
      if let known = texts.value(for: bytes) { return known }
      let text = String(decoding: bytes, as: UTF8.self)
      let cell = TextCell(id: pool.intern(text), folded: fold(text))
      texts.insert(cell, for: bytes)
      return cell
    }
  }

  /// The participant a cell names, numbered in `table` when new; `nil` when the cell is
  /// blank or absent.
  mutating func participant(
    _ record: borrowing CSVRecord, _ column: Int?, in table: inout ParticipantTable
  ) -> Int32? {
    guard let column, column < record.count else { return nil }
    return record.withFieldBytes(column) { raw in
      let bytes = CellText.trimmed(raw)
      guard !bytes.isEmpty else { return nil }
      if let known = participants.value(for: bytes) { return known }
      let index = table.index(for: String(decoding: bytes, as: UTF8.self))
      participants.insert(index, for: bytes)
      return index
    }
  }

  /// The id of a text case-folded with runs of spaces collapsed, for session keys.
  mutating func fold(_ text: String) -> Int32 {
    let folded = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return foldedText.intern(folded)
  }
}
