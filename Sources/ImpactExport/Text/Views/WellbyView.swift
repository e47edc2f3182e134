import ImpactModel

/// The indicative WELLBY value, shown only when configured, always with its caveat: the
/// central value with its low–high range (the Green Book's £10,000 and £16,000 a WELLBY), the
/// price year and index, and the deadweight and attribution deducted.
struct WellbyView: Sendable {
  let value: String
  let low: String
  let high: String
  let pairs: String
  let valuePerWellby: String
  let lowPerWellby: String
  let highPerWellby: String
  /// The price index is not 1, so the values are not in 2019 prices.
  let indexed: Bool
  let priceIndex: String
  let priceYear: String
  /// What is deducted, in words (`word.wellby_adjustments` or `word.wellby_no_adjustments`).
  let adjustments: String

  /// `nil` when the value is not configured or has no row.
  init?(_ facts: ReportFacts) {
    guard facts.context.configuration.wellbeing.wellby, let row = facts.row(.wellbyValue)
    else { return nil }
    let settings = facts.context.configuration.wellbeing
    let symbol = facts.format.currencySymbol
    value = facts.format.text(row)
    low = facts.text(.wellbyValueLow)
    high = facts.text(.wellbyValueHigh)
    pairs = Plural("pair")(Double(facts.row(.change(.onsLifeSatisfaction))?.n ?? 0))
    valuePerWellby = UKNumber.money(settings.wellbyValue, symbol: symbol)
    lowPerWellby = UKNumber.money(WellbeingSettings.wellbyLowValue, symbol: symbol)
    highPerWellby = UKNumber.money(WellbeingSettings.wellbyHighValue, symbol: symbol)
    indexed = settings.wellbyPriceIndex != 1
    priceIndex = UKNumber.decimal(settings.wellbyPriceIndex, places: 3)
    priceYear = String(settings.wellbyPriceYear)
    adjustments = Self.adjustments(settings, facts.labels)
  }

  /// The deadweight and attribution deducted, in words.
  static func adjustments(_ settings: WellbeingSettings, _ labels: ReportLabels) -> String {
    guard settings.deadweight != 0 || settings.attribution != 0 else {
      return labels["word.wellby_no_adjustments"]
    }
    return labels(
      "word.wellby_adjustments",
      [
        "deadweight": UKNumber.percent(settings.deadweight),
        "attribution": UKNumber.percent(settings.attribution),
      ])
  }
}
