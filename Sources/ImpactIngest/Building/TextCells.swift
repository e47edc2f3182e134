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
    Self.interned(record, column, &texts, &foldedText) { text, folded in
      TextCell(id: pool.intern(text), folded: Self.fold(text, into: &folded))
    }
  }

  /// A text that is no cell (a programme taken from a file name), interned into `pool`.
  mutating func text(_ text: String, in pool: inout StringPool) -> TextCell {
    TextCell(id: pool.intern(text), folded: Self.fold(text, into: &foldedText))
  }

  /// The participant a cell names, numbered in `table` when new; `nil` when the cell is
  /// blank or absent.
  mutating func participant(
    _ record: borrowing CSVRecord, _ column: Int?, in table: inout ParticipantTable
  ) -> Int32? {
    Self.interned(record, column, &participants, &table) { id, table in table.index(for: id) }
  }

  /// The participant a first-name and a last-name cell name together: the two trimmed texts
  /// joined by a space (either alone when the other is blank), numbered in `table` when new;
  /// `nil` when both are blank or absent.
  mutating func participant(
    _ record: borrowing CSVRecord, _ first: Int?, _ last: Int, in table: inout ParticipantTable
  ) -> Int32? {
    let given = Self.trimmedBytes(record, first)
    let family = Self.trimmedBytes(record, last)
    let joined = given.isEmpty || family.isEmpty ? given + family : given + [0x20] + family
    guard !joined.isEmpty else { return nil }
    return joined.withUnsafeBufferPointer { bytes in
      if let known = participants.value(for: bytes) { return known }
      let person = table.index(for: String(decoding: bytes, as: UTF8.self))
      participants.insert(person, for: bytes)
      return person
    }
  }

  /// A cell's trimmed bytes; empty when blank or absent.
  private static func trimmedBytes(_ record: borrowing CSVRecord, _ column: Int?) -> [UInt8] {
    guard let column, column < record.count else { return [] }
    return record.withFieldBytes(column) { Array(CellText.trimmed($0)) }
  }

  /// What a cell's text stands for, made by `make` (interning it into `pool`) once per
  /// distinct trimmed bytes and remembered in `memo`; `nil` when the cell is blank or absent.
  private static func interned<Value, Pool>(
    _ record: borrowing CSVRecord, _ column: Int?, _ memo: inout ByteKeyedCache<Value>,
    _ pool: inout Pool, _ make: (String, inout Pool) -> Value
  ) -> Value? {
    guard let column, column < record.count else { return nil }
    return record.withFieldBytes(column) { raw in
      let bytes = CellText.trimmed(raw)
      guard !bytes.isEmpty else { return nil }
      if let known = memo.recall(bytes) { return known }
      let value = make(String(decoding: bytes, as: UTF8.self), &pool)
      memo.insert(value, for: bytes)
      return value
    }
  }

  /// The id of a text case-folded with runs of spaces collapsed, for session keys.
  mutating func fold(_ text: String) -> Int32 {
    Self.fold(text, into: &foldedText)
  }

  private static func fold(_ text: String, into pool: inout StringPool) -> Int32 {
    pool.intern(text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " "))
  }
}
