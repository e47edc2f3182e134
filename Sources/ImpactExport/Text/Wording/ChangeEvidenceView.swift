import ImpactAnalytics

/// The parts of the honest account of a before-and-after change (`swemwbs_change`,
/// `ons_life_satisfaction_change` …), for the `change-evidence` partial: direction and size,
/// the 95% interval, whether it is statistically significant at the 5% level, whether there
/// are too few pairs to generalise, and the effect size in words.
///
/// Exactly one of `none`, `hidden` and `shown` is true; when shown, exactly one of `rose`,
/// `fell` and `flat`, and exactly one of `strong`, `tentative` and `inconclusive`.
struct ChangeEvidenceView: Sendable {
  /// No pairs at all.
  let none: Bool
  /// Fewer pairs than the suppression threshold: no figure is shown.
  let hidden: Bool
  /// A figure is shown.
  let shown: Bool
  /// The pairs, with their noun: `95 pairs`, `1 pair`.
  let pairs: String
  /// The mean change rose, fell, or rounds to zero.
  let rose: Bool
  let fell: Bool
  let flat: Bool
  /// The size of the mean change, one decimal, no sign: `2.1`.
  let size: String
  /// The 95% interval's ends, signed: `1.4`, `−0.3`.
  let low: String
  let high: String
  /// p < 0.05.
  let significant: Bool
  /// Fewer than 30 pairs.
  let tooFew: Bool
  /// Significant with at least 30 pairs.
  let strong: Bool
  /// Significant, but fewer than 30 pairs.
  let tentative: Bool
  /// Not significant.
  let inconclusive: Bool
  /// The p-value with its relation: `< 0.001` or `= 0.060`.
  let pValue: String
  /// Cohen's d_z in words: `small`, `medium`, `large` or `very small`.
  let effect: String
  /// The effect size to two decimals.
  let effectSize: String
  /// The share of pairs that rose by at least the meaningful change, if given.
  let improved: String?
  /// The share of pairs that fell by at least the meaningful change, if given.
  let declined: String?
  /// The threshold k of the suppression rule (`5`).
  let minCount: String

  /// The evidence of a change row, with its improved and declined shares when known.
  init(
    _ row: IndicatorRow?, improved: IndicatorRow? = nil, declined: IndicatorRow? = nil,
    format: FigureFormat, labels: ReportLabels
  ) {
    minCount = String(format.minCount)
    let suppressed = row.map { $0.suppressed != .no } ?? false
    let value = suppressed ? nil : row?.value
    let n = row?.n ?? 0
    hidden = suppressed
    shown = value != nil && n > 0
    none = !hidden && !shown
    pairs = Plural("pair")(Double(n))
    let mean = value ?? 0
    size = UKNumber.decimal(abs(mean), places: 1)
    flat = shown && UKNumber.decimal(mean, places: 1).allSatisfy { "0.−".contains($0) }
    rose = shown && !flat && mean > 0
    fell = shown && !flat && mean < 0
    low = row?.ciLow.map { UKNumber.decimal($0, places: 1) } ?? "–"
    high = row?.ciHigh.map { UKNumber.decimal($0, places: 1) } ?? "–"
    let p = row?.pValue
    significant = shown && (p.map { $0 < 0.05 } ?? false)
    tooFew = shown && n < 30
    strong = significant && !tooFew
    tentative = significant && tooFew
    inconclusive = shown && !significant
    pValue = p.map { $0 < 0.001 ? "< 0.001" : "= " + UKNumber.decimal($0, places: 3) } ?? "–"
    let d = abs(row?.effectSize ?? 0)
    effectSize = UKNumber.decimal(row?.effectSize ?? 0, places: 2)
    effect =
      labels[
        "word.effect."
          + (d >= 0.8 ? "large" : d >= 0.5 ? "medium" : d >= 0.2 ? "small" : "very_small")
      ]
    self.improved = FigureFormat.isShown(improved) ? format.text(improved) : nil
    self.declined = FigureFormat.isShown(declined) ? format.text(declined) : nil
  }
}
