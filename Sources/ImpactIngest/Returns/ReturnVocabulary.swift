import ImpactModel

/// What a return file may name: the figures the run computes, each with its breakdowns, and
/// the groups of each breakdown. The run builds it from the catalogue and the indicator table
/// (Ingest knows neither), so a question is checked against what can really be answered.
public struct ReturnVocabulary: Hashable, Sendable {
  /// A figure a question may ask for, and the breakdowns it is given by.
  public struct Figure: Hashable, Sendable {
    /// The indicator id.
    public var indicator: IndicatorID
    /// Its breakdowns, `all` first.
    public var breakdowns: [GroupBy]

    /// Creates an entry.
    public init(indicator: IndicatorID, breakdowns: [GroupBy]) {
      self.indicator = indicator
      self.breakdowns = breakdowns
    }
  }

  /// The figures, in catalogue order.
  public var figures: [Figure]
  /// The groups of each breakdown, in the order they are listed to the user.
  public var groups: [GroupBy: [Group]]

  /// Creates a vocabulary.
  public init(figures: [Figure], groups: [GroupBy: [Group]]) {
    self.figures = figures
    self.groups = groups
  }

  /// The figure with this id, if a question may ask for it.
  func figure(_ indicator: IndicatorID) -> Figure? {
    figures.first { $0.indicator == indicator }
  }
}
