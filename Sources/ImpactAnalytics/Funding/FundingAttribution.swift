import ImpactModel

/// How much of an income line belongs to a period (INDICATORS.md, "Funding").
enum FundingAttribution {
  /// The amount attributed to `period`: for an awarded or received line with a start and end
  /// date, amount × (days of its span inside P) ÷ (days in its span), both ends counted; a
  /// line with a single `date` (or only a start) gives its whole amount to the period holding
  /// that date. Lines without a usable date, and pending or declined lines, give nothing.
  static func amount(of line: FundingLine, in period: Period) -> Double {
    guard line.status == .awarded || line.status == .received else { return 0 }
    if let start = line.startDate, let end = line.endDate {
      let span = start.days(to: end) + 1
      guard let from = period.start, let to = period.end else { return line.amount }
      let overlapStart = max(start, from)
      let overlapEnd = min(end, to)
      guard overlapStart <= overlapEnd else { return 0 }
      let inside = overlapStart.days(to: overlapEnd) + 1
      return line.amount * Double(inside) / Double(span)
    }
    guard let day = line.date ?? line.startDate else { return 0 }
    return period.contains(day) ? line.amount : 0
  }
}
