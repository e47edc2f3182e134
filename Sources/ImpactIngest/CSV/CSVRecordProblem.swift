/// Why a record could not be read: its quoting is malformed.
///
/// The record is reported at the line where it starts, and reading goes on at the next line,
/// so one stray quote never swallows the rest of the file.
enum CSVRecordProblem: Hashable, Sendable, CustomStringConvertible {
  /// A quoted value is followed by more text before the next delimiter, as in `"Big" Band,…`.
  case textAfterClosingQuote
  /// A quote mark stands inside a value that does not start with one, as in `Big "Band",…`.
  case quoteInsideUnquotedValue
  /// A quote mark opens a value and no matching quote closes it before the record goes wrong
  /// or the file ends.
  case unclosedQuote

  /// The problem in plain words, with what would fix it.
  var description: String {
    switch self {
    case .textAfterClosingQuote:
      return "text follows a closing quote mark; put the whole value in quotes and double "
        + "each quote mark inside it"
    case .quoteInsideUnquotedValue:
      return "a quote mark inside an unquoted value; put the whole value in quotes and double "
        + "the quote mark inside it"
    case .unclosedQuote:
      return "a quote mark opens a value that is never closed; add the closing quote mark, "
        + "or double the quote mark if it is part of the value"
    }
  }
}
