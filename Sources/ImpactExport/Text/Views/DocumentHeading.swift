import ImpactModel

/// What every document's heading and footer print: who, which period, when, and the
/// suppression rule.
struct DocumentHeading: Sendable {
  /// The organisation.
  let organisation: String
  /// The reporting period's label: `2025-26 Q4`.
  let period: String
  /// The period's dates: `1 January 2026 to 31 March 2026` (empty for `all`).
  let dates: String
  /// The generation date, `2026-04-02` (the date part of the ISO time).
  let generated: String
  /// The tool version.
  let toolVersion: String
  /// The suppression threshold as text (`5`); suppression is on when `suppression` is true.
  let minCount: String
  let suppression: Bool
  /// Counts are rounded to the nearest `roundTo` (`suppression.round_to` above 1).
  let rounded: Bool
  let roundTo: String

  init(context: ReportContext) {
    organisation = context.organisation
    period = context.period.label
    if let start = context.period.start, let end = context.period.end {
      dates = Self.longDate(start) + " to " + Self.longDate(end)
    } else {
      dates = ""
    }
    generated = String(context.generatedAt.prefix(10))
    toolVersion = context.toolVersion
    minCount = String(context.table.minCount)
    suppression = context.table.minCount > 0
    rounded = context.configuration.suppressionRoundTo > 1
    roundTo = String(context.configuration.suppressionRoundTo)
  }

  /// `1 January 2026`.
  static func longDate(_ day: Day) -> String {
    let months = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    let parts = day.components
    return "\(parts.day) \(months[parts.month - 1]) \(parts.year)"
  }
}
