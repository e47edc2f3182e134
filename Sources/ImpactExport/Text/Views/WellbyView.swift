/// The indicative WELLBY value, shown only when configured, always with its caveat.
struct WellbyView: Sendable {
  let value: String
  let pairs: String
  let valuePerWellby: String

  /// `nil` when the value is not configured or has no row.
  init?(_ facts: ReportFacts) {
    guard facts.context.configuration.wellbeing.wellby, let row = facts.row(.wellbyValue)
    else { return nil }
    value = facts.format.text(row)
    pairs = Plural("pair")(Double(facts.row(.change(.onsLifeSatisfaction))?.n ?? 0))
    valuePerWellby = UKNumber.money(
      facts.context.configuration.wellbeing.wellbyValue, symbol: facts.format.currencySymbol)
  }
}
