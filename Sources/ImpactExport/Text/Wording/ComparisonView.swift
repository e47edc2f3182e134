import Foundation
import ImpactAnalytics

/// The parts of a comparison between a figure and an earlier one, for the `comparison`
/// partial, which words it ("12% more than last quarter", "up 4 percentage points on …").
///
/// Exactly one of `missing`, `hidden`, `fromNothing`, `same`, `up` and `down` is true.
struct ComparisonView: Sendable {
  /// What the figure is compared with: `last quarter`, `the same quarter last year`.
  let against: String
  /// There is no earlier figure (no data then, or a rate over zero).
  let missing: Bool
  /// The earlier figure (or the current one) is suppressed.
  let hidden: Bool
  /// The earlier figure was zero, so no relative change can be given.
  let fromNothing: Bool
  /// The change rounds to nothing.
  let same: Bool
  /// The figure rose.
  let up: Bool
  /// The figure fell.
  let down: Bool
  /// The size of the change: `12%`, `4 percentage points`, `0.3`.
  let size: String
  /// The earlier figure, formatted.
  let earlier: String
  /// The change in a table cell: `+12%`, `−4 pts`, `+0.3`, `0`, or `–` when there is none.
  let short: String
  /// Counted things: "more" / "fewer".
  let counted: Bool
  /// Amounts (money, hours): "more" / "less".
  let amount: Bool
  /// Levels (shares, scores, ratios): "higher" / "lower".
  let level: Bool

  /// Compares `current` with `earlier`.
  init(
    _ current: IndicatorRow?, with earlier: IndicatorRow?, against: String, format: FigureFormat
  ) {
    self.against = against
    let unit = current?.unit ?? earlier?.unit ?? .count
    counted = unit == .count || unit == .people
    amount = unit == .currency || unit == .hours
    level = !counted && !amount
    self.earlier = earlier.map(format.text) ?? "–"
    var state = (missing: false, hidden: false, fromNothing: false, same: false, up: false)
    var size = ""
    if let current, let earlier, current.suppressed != .no || earlier.suppressed != .no {
      state.hidden = true
    } else if let now = current?.value, let before = earlier?.value {
      let change = Change(from: before, to: now)
      switch unit {
      case .count, .people, .hours, .currency:
        if let relative = change.relative {
          size = UKNumber.percent(abs(relative))
          state.same = size == "0%"
        } else {
          state.fromNothing = now != 0
          state.same = now == 0
        }
      case .share:
        size = UKNumber.points(change.difference)
        state.same = UKNumber.percent(now) == UKNumber.percent(before)
      case .score, .mean, .ratio:
        let places = unit == .ratio ? 2 : 1
        size = UKNumber.decimal(abs(change.difference), places: places)
        state.same = !size.contains { $0 >= "1" && $0 <= "9" }
      }
      state.up = !state.same && !state.fromNothing && change.difference > 0
    } else {
      state.missing = true
    }
    missing = state.missing
    hidden = state.hidden
    fromNothing = state.fromNothing
    same = state.same
    up = state.up
    down = !(missing || hidden || fromNothing || same || up)
    self.size = size
    let sign = up ? "+" : down ? "−" : ""
    if missing || hidden || fromNothing {
      short = "–"
    } else if same {
      short = unit == .share ? "0 pts" : "0"
    } else if unit == .share {
      short =
        sign
        + size.replacingOccurrences(of: " percentage points", with: " pts")
        .replacingOccurrences(of: " percentage point", with: " pt")
    } else {
      short = sign + size
    }
  }
}
