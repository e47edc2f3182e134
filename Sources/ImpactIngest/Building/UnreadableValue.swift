/// What a column does with a cell whose value can't be read (DATA.md, "Bad input").
///
/// The reason logged is always the parser's own, quoting the value as written; a policy
/// only says what happens to the row and the cell, and what the reason adds.
enum UnreadableValue<Value> {
  /// The row is kept and the cell reads as `readAs` (`nil`: unknown), with a `warning`
  /// whose problem is the parser's reason followed by `note` (such as `"; read as single"`).
  case warn(note: String = "", readAs: Value? = nil)
  /// The row is rejected with the parser's reason. A blank cell (or a non-answer) rejects it
  /// too, with `missing` as the reason: the column is required.
  case reject(missing: String)
}
