/// Where a question's answer comes from: a row of the indicator table, or a passage of the
/// text reports.
public enum ReturnAnswerSpec: Hashable, Sendable {
  /// A figure: one row of `indicators.csv`, and the parts of it to show.
  case figure(Figure)
  /// A passage the text reports also use, cut to a word limit.
  case text(Text)

  /// A figure answer: the row of an indicator for a group of a breakdown in a period.
  public struct Figure: Hashable, Sendable {
    /// The indicator (`unique_participants`).
    public var indicator: IndicatorID
    /// The breakdown (`all` when none).
    public var groupBy: GroupBy
    /// The group within the breakdown (`All` when none).
    public var group: Group
    /// Which period's row.
    public var period: ReturnPeriod
    /// The parts of the row to show, in order (at least one).
    public var show: [ReturnField]
    /// Whether `group_by` and `group` were left for the return's funder to fill in (an
    /// `income` question on a return with a `funder:`).
    public var scopedToFunder: Bool

    /// Creates a figure answer.
    public init(
      indicator: IndicatorID, groupBy: GroupBy = .all, group: Group = .all,
      period: ReturnPeriod = .reporting, show: [ReturnField] = [.value],
      scopedToFunder: Bool = false
    ) {
      self.indicator = indicator
      self.groupBy = groupBy
      self.group = group
      self.period = period
      self.show = show
      self.scopedToFunder = scopedToFunder
    }
  }

  /// A text answer: a named passage, cut at a sentence end to fit a word limit.
  public struct Text: Hashable, Sendable {
    /// The passage.
    public var passage: ReturnPassage
    /// The most words the answer may have, when the form sets a limit.
    public var words: Int?

    /// Creates a text answer.
    public init(passage: ReturnPassage, words: Int? = nil) {
      self.passage = passage
      self.words = words
    }
  }
}
