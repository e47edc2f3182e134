import ImpactAnalytics
import ImpactModel

/// The deeper evidence of the reporting period, as the board report, the bid evidence pack and
/// the inclusion report show it: where participants started against the population (with the
/// interval and the population figure's source), the ONS bands (tables and stacked bars),
/// loneliness, change by sessions attended (a table and a chart), and whether those who
/// completed the after survey differ from those who left. Every number is a row's.
struct EvidenceView: Sendable {
  /// The wellbeing scale the passages speak of: SWEMWBS, or WEMWBS when only it is used.
  let scale: String
  let baseline: PopulationGapView
  let population: TableView
  let hasPopulation: Bool
  /// The population figures' sources: `SWEMWBS: Ng Fat et al. …; Life satisfaction: ONS …`.
  let sources: String
  let bands: TableView
  let anxiousBands: TableView
  let hasBands: Bool
  let bandsChart: ChartView?
  let anxiousBandsChart: ChartView?
  let loneliness: LonelinessView
  let lonelinessTable: TableView
  let dose: DoseView
  let doseTable: TableView
  let hasDose: Bool
  let doseChart: ChartView?
  let completion: CompletionView
  let hasCompletion: Bool
  /// Anything at all to show.
  let any: Bool

  init(_ facts: ReportFacts) {
    let labels = facts.labels
    let period = ["period": facts.reporting.label]
    let measure: FeedbackMeasure =
      facts.row(.pairs(.swemwbs)) == nil && facts.row(.completionShare(.swemwbs)) == nil
        && facts.row(.pairs(.wemwbs)) != nil ? .wemwbs : .swemwbs
    let norms = facts.presentation.norms
    scale = labels["word.scale." + measure.rawValue]
    baseline = PopulationGapView(
      facts.row(.baselineGap(measure)), measure: measure, norms: norms, format: facts.format,
      labels: labels)

    let gaps = ReportTables.populationGaps.filter { facts.row($0.indicator) != nil }
    population = TableView(
      caption: labels("caption.population_gaps", period),
      headers: [
        labels["heading.measure"], labels["heading.difference"], labels["heading.interval"],
        labels["heading.responses"], labels["heading.population_figure"],
      ],
      rows: gaps.map { gap in
        let row = facts.row(gap.indicator)
        return [
          facts.names.label(gap.indicator), facts.format.text(row), Self.interval(row, facts),
          row?.suppressed != .no ? facts.format.suppressed : UKNumber.whole(Double(row?.n ?? 0)),
          norms.figure(gap.measure),
        ]
      })
    hasPopulation = !gaps.isEmpty
    sources = norms.sources(gaps.map(\.measure)) { PopulationNorms.scaleName($0, labels) }

    bands = Self.bandTable(
      facts, ReportTables.onsPositive, caption: labels("caption.ons_bands", period))
    anxiousBands = Self.bandTable(
      facts, [.onsAnxious], caption: labels("caption.ons_anxious_bands", period))
    hasBands = bands.hasRows || anxiousBands.hasRows
    bandsChart = Charts.onsBands(
      facts, ReportTables.onsPositive, id: "ons-bands", title: labels("chart.ons_bands", period))
    anxiousBandsChart = Charts.onsBands(
      facts, [.onsAnxious], id: "ons-anxious-bands",
      title: labels("chart.ons_anxious_bands", period))

    let stage = { (name: String) in facts.row(.lonelyOftenShare, by: .stage, group: Group(name)) }
    loneliness = LonelinessView(
      before: stage("pre"), after: stage("post"), all: stage(Group.all.label),
      change: facts.row(.change(.ucla)), format: facts.format, labels: labels)
    let stages = ["pre", "post", "single", Group.all.label].map { Group($0) }.filter {
      facts.row(.lonelyOftenShare, by: .stage, group: $0) != nil
        || facts.row(.mean(.ucla), by: .stage, group: $0) != nil
    }
    lonelinessTable = TableView(
      caption: labels("caption.loneliness", period),
      headers: [
        facts.names.field(.stage), labels["heading.lonely_often"], labels["heading.ucla_mean"],
      ],
      rows: stages.map { group in
        [
          group == .all ? labels["word.everyone"] : facts.names.group(group, by: .stage),
          facts.text(.lonelyOftenShare, by: .stage, group: group),
          facts.text(.mean(.ucla), by: .stage, group: group),
        ]
      })

    let change = IndicatorID.change(measure)
    let doseRows = facts.groups(change, by: .sessionsAttended).compactMap {
      facts.row(change, by: .sessionsAttended, group: $0)
    }
    dose = DoseView(doseRows, names: facts.names, format: facts.format)
    let scaleName = ["period": facts.reporting.label, "scale": scale]
    doseTable = TableView(
      caption: labels("caption.change_by_sessions", scaleName),
      headers: [
        labels["heading.sessions_attended"], labels["heading.pairs"], labels["heading.mean_change"],
        labels["heading.interval"],
      ],
      rows: doseRows.map { row in
        [
          facts.names.group(row.group, by: .sessionsAttended),
          facts.text(.pairs(measure), by: .sessionsAttended, group: row.group),
          facts.format.text(row), Self.interval(row, facts),
        ]
      })
    hasDose = !doseRows.isEmpty
    doseChart =
      doseRows.count >= 2
      ? Charts.bars(
        facts, change, by: .sessionsAttended, id: "change-by-sessions",
        title: labels("chart.change_by_sessions", scaleName)) : nil

    let share = facts.row(.completionShare(measure))
    completion = CompletionView(
      share: share, gap: facts.row(.completionGap(measure)), format: facts.format, labels: labels)
    hasCompletion = share != nil
    any = hasPopulation || hasBands || loneliness.any || hasDose || hasCompletion
  }

  /// A row's interval, `−2.1 to −0.4`, or `–`.
  static func interval(_ row: IndicatorRow?, _ facts: ReportFacts) -> String {
    guard let row, let low = row.ciLow, let high = row.ciHigh else { return "–" }
    return facts.labels(
      "word.range",
      [
        "low": facts.format.text(low, of: row.indicator, unit: row.unit),
        "high": facts.format.text(high, of: row.indicator, unit: row.unit),
      ])
  }

  /// A table of the ONS measures' band shares: a row per measure with answers, a column per
  /// band (the measures given share their bands).
  static func bandTable(_ facts: ReportFacts, _ measures: [FeedbackMeasure], caption: String)
    -> TableView
  {
    let bands = ONSBand.bands(for: measures[0])
    let shown = measures.filter { !facts.groups(.band($0), by: .band).isEmpty }
    return TableView(
      caption: caption,
      headers: [facts.labels["heading.measure"]]
        + bands.map { facts.labels[ReportTables.bandHeading($0, of: measures[0])] }
        + [facts.labels["heading.answers"]],
      rows: shown.map { measure in
        let rows = bands.map { facts.row(.band(measure), by: .band, group: Group($0.name)) }
        let answers = rows.compactMap { $0?.denominator }.first
        let suppressed = rows.contains { $0?.suppressed != .no && $0 != nil }
        return [facts.names.label(.mean(measure))] + rows.map { facts.format.text($0) } + [
          suppressed && answers == nil ? facts.format.suppressed : UKNumber.whole(answers ?? 0)
        ]
      })
  }
}
