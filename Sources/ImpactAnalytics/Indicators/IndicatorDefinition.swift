import ImpactModel

/// One entry of the indicator catalogue: a stable id, its unit, the breakdowns it is given
/// by, and its definition in plain words.
public struct IndicatorDefinition: Hashable, Sendable {
  /// The stable id other tools read (`unique_participants`, `priority_share:ID`).
  public var id: IndicatorID
  /// What the value measures.
  public var unit: IndicatorUnit
  /// The breakdowns, as INDICATORS.md names them (`all`, `session fields`, `programme` …).
  public var breakdowns: [GroupBy]
  /// The definition in plain words.
  public var definition: String
  /// The theme the indicator belongs to.
  public var theme: IndicatorTheme

  /// Creates a definition.
  public init(
    _ id: IndicatorID, _ unit: IndicatorUnit, _ theme: IndicatorTheme, _ breakdowns: [GroupBy],
    _ definition: String
  ) {
    self.id = id
    self.unit = unit
    self.theme = theme
    self.breakdowns = breakdowns
    self.definition = definition
  }
}

/// The themes of the catalogue, in the order reports present them.
public enum IndicatorTheme: String, CaseIterable, Sendable {
  case reach = "Reach"
  case inclusion = "Inclusion"
  case wellbeing = "Wellbeing and feedback"
  case funding = "Funding"
  case dataQuality = "Data quality"
}
