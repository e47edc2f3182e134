/// One field of a CSV row: its text, and whether it must be made spreadsheet-safe.
///
/// Text that came from the user's data (programme, venue, funder names) is spreadsheet-safe:
/// when it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, the writer puts a `'`
/// in front so that a spreadsheet shows it as text instead of running it as a formula.
/// Numbers and the tool's own text are written as they are.
public struct CSVField: Hashable, Sendable, ExpressibleByStringLiteral {
  /// The text, before quoting.
  public var text: String
  /// Whether a leading `=`, `+`, `-`, `@`, tab or carriage return gets a `'` in front.
  public var isSpreadsheetSafe: Bool

  /// A field with the given text.
  public init(_ text: String, spreadsheetSafe: Bool = false) {
    self.text = text
    self.isSpreadsheetSafe = spreadsheetSafe
  }

  /// A field written as it is (the tool's own text or a number).
  public init(stringLiteral value: String) {
    self.init(value)
  }

  /// A field holding text from the user's data, made spreadsheet-safe.
  public static func userText(_ text: String) -> CSVField {
    CSVField(text, spreadsheetSafe: true)
  }
}
