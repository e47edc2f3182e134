import ImpactModel

/// How one canonical column of a file is read, declared once: where it is, how a cell's
/// bytes are parsed, a memo of what each distinct cell read as, and what an unreadable
/// value does (``UnreadableValue``).
///
/// A cell is read from the record's bytes, trimmed; no `String` is made unless an issue
/// quotes the value. Registers and survey exports repeat the same few codes, numbers and
/// dates on row after row, so most cells are one memo lookup. A parse must depend on the
/// bytes alone for the memo to hold.
///
/// ```swift
/// var setting = ColumnReader(.setting, in: layout, ifUnreadable: .warn(readAs: .other)) {
///   CodeMatcher.setting($0)
/// }
/// let value = setting.read(record, &log)  // Setting?, with the warning logged
/// ```
struct ColumnReader<Value> {
  /// The canonical column name, as issues name it.
  let column: Column
  /// The column's position in the file, or `nil` when the file has no such column.
  let position: Int?
  /// What an unreadable value does.
  let policy: UnreadableValue<Value>
  private let parse: (UnsafeBufferPointer<UInt8>) -> ParsedValue<Value>
  private var memo: ByteKeyedCache<ParsedValue<Value>>?

  /// The most distinct cells one column's memo keeps; past it cells are parsed each time.
  static var memoLimit: Int { 1 << 16 }

  /// A reader for the column at `position`.
  ///
  /// - Parameters:
  ///   - memo: whether to remember what each distinct cell read as (leave it off for
  ///     columns whose values rarely repeat, such as dates of birth).
  ///   - parse: reads a cell's trimmed, non-empty UTF-8 bytes.
  init(
    _ column: Column, at position: Int?, memo: Bool = true,
    ifUnreadable policy: UnreadableValue<Value> = .warn(),
    parse: @escaping (UnsafeBufferPointer<UInt8>) -> ParsedValue<Value>
  ) {
    self.column = column
    self.position = position
    self.policy = policy
    self.parse = parse
    self.memo = memo ? ByteKeyedCache(limit: Self.memoLimit, slots: 16) : nil
  }

  /// A reader for the canonical column `column`, wherever the file's header put it.
  init(
    _ column: Column, in layout: ColumnLayout, memo: Bool = true,
    ifUnreadable policy: UnreadableValue<Value> = .warn(),
    parse: @escaping (UnsafeBufferPointer<UInt8>) -> ParsedValue<Value>
  ) {
    self.init(
      column, at: layout.position[column], memo: memo, ifUnreadable: policy, parse: parse)
  }

  /// The column's name and position, for messages that quote its cell.
  var cell: (column: Column, position: Int?) { (column, position) }

  /// Whether the file has the column.
  var isPresent: Bool { position != nil }

  /// The number of distinct cells remembered.
  var memoCount: Int { memo?.count ?? 0 }

  /// The value of the record's cell, after the policy: the value read, or the policy's
  /// `readAs` for an unreadable one; `nil` when the cell is blank, a non-answer or
  /// unreadable without a `readAs`. Under `.reject`, `nil` means the row was rejected.
  mutating func read(_ record: borrowing CSVRecord, _ log: inout IssueLog) -> Value? {
    switch reading(record, &log) {
    case .value(let value)?: return value
    case .invalid?:
      if case .warn(_, let readAs) = policy { return readAs }
      return nil
    case .unknown?, nil: return nil
    }
  }

  /// What the record's cell read as, after the policy has logged its issue; `nil` when the
  /// column is absent or the cell blank. For rules that count answers as well as read them.
  mutating func reading(
    _ record: borrowing CSVRecord, _ log: inout IssueLog
  ) -> ParsedValue<Value>? {
    let line = record.line
    guard let position, position < record.count else {
      rejectMissing(line: line, value: "", &log)
      return nil
    }
    return record.withFieldBytes(position) { raw in
      reading(CellText.trimmed(raw), line: line, &log)
    }
  }

  /// What trimmed bytes read as, after the policy has logged its issue at `line`; `nil` when
  /// they are empty.
  mutating func reading(
    _ bytes: UnsafeBufferPointer<UInt8>, line: Int, _ log: inout IssueLog
  ) -> ParsedValue<Value>? {
    guard !bytes.isEmpty else {
      rejectMissing(line: line, value: "", &log)
      return nil
    }
    let parsed = parsed(bytes)
    switch (parsed, policy) {
    case (.value, _): break
    case (.unknown, _): rejectMissing(line: line, value: Self.text(bytes), &log)
    case (.invalid(let why), .warn(let note, _)):
      log.note(.warning, line: line, column: column, value: Self.text(bytes), why + note)
    case (.invalid(let why), .reject):
      log.reject(line: line, column: column, value: Self.text(bytes), why)
    }
    return parsed
  }

  /// What trimmed, non-empty bytes parse as, through the memo; logs nothing.
  mutating func parsed(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Value> {
    guard memo != nil else { return parse(bytes) }
    if let known = memo!.recall(bytes) { return known }
    let parsed = parse(bytes)
    memo!.insert(parsed, for: bytes)
    return parsed
  }

  /// The record's cell as written, trimmed, for a message; `nil` when blank or absent.
  func text(_ record: borrowing CSVRecord) -> String? {
    record.text(position)
  }

  private func rejectMissing(line: Int, value: String, _ log: inout IssueLog) {
    guard case .reject(let missing) = policy else { return }
    log.reject(line: line, column: column, value: value, missing)
  }

  private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }
}

extension ColumnReader where Value == Day {
  /// A reader for a date column, read in the order its values settle, else the configured
  /// way.
  init(
    date column: Column, in layout: ColumnLayout, dates: DateParser, memo: Bool = true,
    ifUnreadable policy: UnreadableValue<Day> = .warn()
  ) {
    let dates = dates.forColumn(at: layout.position[column])
    self.init(column, in: layout, memo: memo, ifUnreadable: policy) { dates.parse($0) }
  }
}
