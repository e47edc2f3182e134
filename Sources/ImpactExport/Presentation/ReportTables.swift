import ImpactAnalytics
import ImpactModel

/// The figures and tables that the text reports and the workbook both show, defined once:
/// which indicators, in which order, under which heading (a `heading.…` label).
enum ReportTables {
  /// A column of a breakdown table: an indicator, and the label key of its heading.
  struct Column: Sendable {
    /// The indicator whose figures fill the column.
    let indicator: IndicatorID
    /// The `heading.…` key of the column's heading in `labels.txt`.
    let heading: String
  }

  /// The headline figures, in order: the board report's table and the workbook's Summary.
  /// (Any other indicator with a target follows them in the workbook.)
  static let headlines: [IndicatorID] = [
    .uniqueParticipants, .newParticipants, .attendances, .sessions, .participantHours,
    .retainedShare, .priorityShareAny, .satisfiedShare, .income, .fundingPerParticipant,
  ]

  /// Reach by a breakdown: who came, how often and who from the priority groups.
  static let reach: [Column] = [
    Column(indicator: .uniqueParticipants, heading: "heading.people"),
    Column(indicator: .attendances, heading: "heading.attendances"),
    Column(indicator: .sessions, heading: "heading.sessions"),
    Column(indicator: .retainedShare, heading: "heading.retained"),
    Column(indicator: .priorityShareAny, heading: "heading.in_a_priority_group"),
  ]

  /// The feedback and wellbeing measures of the period, in order.
  static let feedback: [IndicatorID] = [
    .satisfiedShare, .mean(.satisfaction), .nps, .mean(.onsLifeSatisfaction),
    .mean(.onsWorthwhile), .mean(.onsHappy), .mean(.onsAnxious), .feedbackResponses,
  ]

  /// The figures compared with the population, each with its measure: the starting scores
  /// on the wellbeing scales, then every answer to the ONS questions.
  static let populationGaps: [(indicator: IndicatorID, measure: FeedbackMeasure)] =
    [FeedbackMeasure.swemwbs, .wemwbs].map { (IndicatorID.baselineGap($0), $0) }
    + onsMeasures.map { (IndicatorID.gap($0), $0) }

  /// The ONS personal wellbeing questions, anxiety last.
  static let onsMeasures: [FeedbackMeasure] = [
    .onsLifeSatisfaction, .onsWorthwhile, .onsHappy, .onsAnxious,
  ]

  /// The ONS questions whose bands run from low to very high (anxiety has its own).
  static let onsPositive: [FeedbackMeasure] = [.onsLifeSatisfaction, .onsWorthwhile, .onsHappy]

  /// The `heading.…` key of an ONS band's column heading, with its answers (`Low (0–4)`).
  static func bandHeading(_ band: ONSBand, of measure: FeedbackMeasure) -> String {
    (measure == .onsAnxious ? "heading.ons_anxious_band." : "heading.ons_band.") + band.name
  }

  /// Income by funder.
  static let income = [Column(indicator: .income, heading: "heading.income")]

  /// The data read, by kind of file.
  static let files: [Column] = [
    Column(indicator: .rowsRead, heading: "heading.rows_read"),
    Column(indicator: .rowsRejected, heading: "heading.rejected"),
    Column(indicator: .duplicatesCollapsed, heading: "heading.duplicates_collapsed"),
    Column(indicator: .warnings, heading: "heading.warnings"),
  ]

  /// The person fields whose completeness is shown, in order.
  static let completeness = PersonField.completenessFields.map(GroupBy.person)

  /// The columns of `columns` whose indicator is given by `groupBy` (the catalogue's
  /// breakdowns), so a table by a person field has no column that could never hold a figure.
  static func columns(_ columns: [Column], by groupBy: GroupBy) -> [Column] {
    columns.filter {
      IndicatorCatalogue.definition(of: $0.indicator)?.breakdowns.contains(groupBy) ?? true
    }
  }
}
