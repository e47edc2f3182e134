/// Reads yes/no columns (`consent_to_quote`, priority-group flags such as
/// `care_experienced`).
///
/// Yes: yes, y, true, 1, ✓, ✔, ☑; no: no, n, false, 0, ✗, ✘ — by the whole value or its first
/// word ("Yes, you may quote me"). Blank and non-answers ("Prefer not to say", "Don't
/// know", "Unknown") are unknown. A bare `x` is not accepted: it means a tick to some
/// people and a cross to others.
enum YesNoParser {
  /// The words for yes and no.
  static let table = CodeTable<Bool>(vocabulary: "yes_no") {
    $0 == "yes" ? true : $0 == "no" ? false : nil
  }

  /// Whether a cell says yes.
  static func parse(_ text: String) -> ParsedValue<Bool> {
    CellText.withTrimmedBytes(text) { parse($0) }
  }

  /// Whether trimmed UTF-8 bytes say yes.
  static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Bool> {
    CodeMatcher.read(bytes, table, "is not a yes or no answer")
  }
}
