/// Who a text report is for (`--audience`).
public enum Audience: String, CaseIterable, Sendable {
  /// The quarterly board report, `board-report`.
  case board
  /// One summary per funder, `funder-summary-<funder>`.
  case funder
  /// The three-year bid evidence pack, `bid-evidence`.
  case bid
  /// The inclusion report, `inclusion-report`.
  case inclusion

  /// The document's template name (and file name, but for a funder's suffix).
  var document: String {
    switch self {
    case .board: return "board-report"
    case .funder: return "funder-summary"
    case .bid: return "bid-evidence"
    case .inclusion: return "inclusion-report"
    }
  }
}

/// A text format (`--format md,txt,html`). A document is written in a format when a template
/// for it exists: the built-in set has `.md` and `.html` for every document and `.txt` for the
/// funder summary.
public enum TextFormat: String, CaseIterable, Sendable {
  /// Markdown.
  case md
  /// Plain text for funder portals, with a word count at the end.
  case txt
  /// One self-contained HTML file.
  case html
}
