import ImpactAnalytics

/// The inclusion report: who is and is not being reached — composition against benchmarks,
/// priority-group share by programme and setting, whether priority groups stay as long and
/// gain as much as others, data completeness, and the largest gaps in plain words.
struct InclusionReportView: TrimmableView, Sendable {
  let heading: DocumentHeading
  let priorityAny: FigureView
  let priorityGroups: TableView
  let priorityChart: ChartView?
  let gaps: [GapView]
  let hasGaps: Bool
  let targetsMissed: [GroupShareView]
  let hasTargetsMissed: Bool
  let composition: [CompositionView]
  let byProgramme: TableView
  let bySetting: TableView
  let retention: TableView
  let retentionGaps: [GroupShareView]
  let hasRetentionGaps: Bool
  let overallRetained: String
  let wellbeing: TableView
  let hasWellbeing: Bool
  let completeness: TableView
  let method: MethodNoteView
  var wordCount: String?

  init(_ facts: ReportFacts) {
    heading = facts.heading
    priorityAny = facts.figure("priority_share:any")
    priorityGroups = PriorityTables.targets(facts)
    priorityChart = Charts.priorityShares(facts, id: "priority-shares")
    let rules = facts.context.configuration.priorityGroups
    gaps = GapView.largest(facts)
    hasGaps = !gaps.isEmpty
    targetsMissed = rules.compactMap { rule in
      let row = facts.row("priority_share:" + rule.id)
      guard row?.status == .notMet, let row, let target = row.target else { return nil }
      return GroupShareView(
        label: rule.label,
        share: facts.format.text(row) + " against a target of "
          + UKNumber.percent(target))
    }
    hasTargetsMissed = !targetsMissed.isEmpty
    composition = ["ethnicity_group", "disability", "gender", "age_band", "imd_quintile"]
      .compactMap { CompositionView(facts, field: $0) }
    let shareColumns: [(id: String, title: String)] =
      [("unique_participants", "People"), ("priority_share:any", "Any priority group")]
      + rules.map { ("priority_share:" + $0.id, $0.label) }
    byProgramme = facts.breakdownTable(
      caption: "Share of each programme's participants in each priority group",
      groupBy: "programme", heading: "Programme", columns: shareColumns)
    bySetting = facts.breakdownTable(
      caption: "Share of each setting's participants in each priority group", groupBy: "setting",
      heading: "Setting", columns: shareColumns)
    let overall = facts.row("retained_share")
    overallRetained = facts.format.text(overall)
    retention = TableView(
      caption: "Came to \(facts.context.configuration.retentionMinSessions) or more sessions, "
        + facts.reporting.label,
      headers: ["Group", "People", "Retained"],
      rows: [["Everyone", facts.text("unique_participants"), overallRetained]]
        + rules.map { rule in
          [
            rule.label, facts.text("unique_participants", by: "priority_group", group: rule.id),
            facts.text("retained_share", by: "priority_group", group: rule.id),
          ]
        })
    retentionGaps = rules.compactMap { rule in
      let row = facts.row("retained_share", by: "priority_group", group: rule.id)
      guard FigureFormat.isShown(row), FigureFormat.isShown(overall), let value = row?.value,
        let all = overall?.value, all - value >= 0.05
      else { return nil }
      return GroupShareView(label: rule.label, share: facts.format.text(row))
    }
    hasRetentionGaps = !retentionGaps.isEmpty
    let groups = [("Everyone", "all", "All")] + rules.map { ($0.label, "priority_group", $0.id) }
    let evidenceRows = groups.compactMap { label, groupBy, group -> [String]? in
      guard let row = facts.row("swemwbs_change", by: groupBy, group: group) else { return nil }
      let evidence = facts.evidence("swemwbs", by: groupBy, group: group)
      let change =
        evidence.shown
        ? (evidence.rose ? "+" : evidence.fell ? "−" : "") + evidence.size
        : facts.format.text(row)
      let interval = evidence.shown ? "\(evidence.low) to \(evidence.high)" : "–"
      let pairs = row.suppressed != .no ? facts.format.suppressed : String(row.n ?? 0)
      return [label, pairs, change, interval]
    }
    wellbeing = TableView(
      caption: "Change in wellbeing (SWEMWBS) between paired before and after surveys",
      headers: ["Group", "Pairs", "Mean change", "95% interval"], rows: evidenceRows)
    hasWellbeing = !evidenceRows.isEmpty
    completeness = QualityTables.completeness(facts)
    method = MethodNoteView(facts)
  }

  mutating func trimNextSection() -> Bool { false }
}

/// A group under-represented against its benchmark.
struct GapView: Sendable {
  let label: String
  let field: String
  let share: String
  let benchmark: String
  let index: String

  /// The (at most three) groups with the lowest representation index below 0.95, their share
  /// and benchmark to one decimal so a small gap shows.
  static func largest(_ facts: ReportFacts) -> [GapView] {
    let rows = facts.table.rows.filter {
      $0.period == facts.reporting && $0.indicator == "representation_index"
        && $0.groupBy != "priority_group" && FigureFormat.isShown($0) && ($0.value ?? 1) < 0.95
    }
    return rows.sorted { ($0.value ?? 1) < ($1.value ?? 1) }.prefix(3).map { row in
      let share = facts.row("participant_share", by: row.groupBy, group: row.group)
      let shown = FigureFormat.isShown(share) ? share?.value : nil
      return GapView(
        label: facts.names.group(row.group, by: row.groupBy),
        field: IndicatorNames.field(row.groupBy).lowercased(),
        share: shown.map { UKNumber.percent($0, places: 1) } ?? facts.format.text(share),
        benchmark: (row.benchmark ?? share?.benchmark).map { UKNumber.percent($0, places: 1) }
          ?? "–",
        index: facts.format.text(row))
    }
  }
}

/// One person field's composition against its benchmarks.
struct CompositionView: Sendable {
  let field: String
  let table: TableView
  let chart: ChartView?

  init?(_ facts: ReportFacts, field: String) {
    let groups = facts.groups("participant_share", by: field)
    guard !groups.isEmpty else { return nil }
    self.field = IndicatorNames.field(field)
    let hasBenchmarks = facts.context.configuration.benchmarks[field] != nil
    table = TableView(
      caption: "\(self.field) of participants whose answer is known, \(facts.reporting.label)",
      headers: ["Group", "People", "Share"]
        + (hasBenchmarks ? ["Benchmark", "Representation index"] : []),
      rows: groups.map { group in
        let share = facts.row("participant_share", by: field, group: group)
        let base = [
          facts.names.group(group, by: field),
          facts.text("unique_participants", by: field, group: group), facts.format.text(share),
        ]
        guard hasBenchmarks else { return base }
        let index = facts.row("representation_index", by: field, group: group)
        return base + [
          share?.benchmark.map(UKNumber.percent) ?? "–", index.map { facts.format.text($0) } ?? "–",
        ]
      })
    chart = Charts.composition(
      facts, field: field, id: "composition-" + field.replacingOccurrences(of: "_", with: "-"))
  }
}
