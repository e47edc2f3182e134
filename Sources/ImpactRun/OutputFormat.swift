/// The outputs a report run can write, in the order OUTPUTS.md lists them.
public enum OutputFormat: String, CaseIterable, Sendable {
  /// The workbook, `impact-report.xlsx`.
  case xlsx
  /// The text reports as Markdown.
  case md
  /// The plain-text funder summaries.
  case txt
  /// The text reports as HTML.
  case html
  /// `indicators.csv` and `data-quality.csv`.
  case csv
  /// `indicators.json`.
  case json
}
