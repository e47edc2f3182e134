import ImpactAnalytics
import ImpactModel

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
  let evidence: EvidenceView
  let completeness: TableView
  let method: MethodNoteView
  var wordCount: String?

  init(_ facts: ReportFacts) {
    heading = facts.heading
    let labels = facts.labels
    let period = facts.reporting.label
    priorityAny = facts.figure(.priorityShareAny)
    priorityGroups = PriorityTables.targets(facts)
    priorityChart = Charts.priorityShares(facts, id: "priority-shares")
    let rules = facts.context.configuration.priorityGroups
    gaps = GapView.largest(facts)
    hasGaps = !gaps.isEmpty
    targetsMissed = rules.compactMap { rule in
      let row = facts.row(.priorityShare(rule.id))
      guard row?.status == .notMet, let row, let target = row.target else { return nil }
      return GroupShareView(
        label: rule.label,
        share: labels(
          "word.against_target",
          ["share": facts.format.text(row), "target": UKNumber.percent(target)]))
    }
    hasTargetsMissed = !targetsMissed.isEmpty
    composition = [PersonField.ethnicityGroup, .disability, .gender, .ageBand, .imdQuintile]
      .map(GroupBy.person).compactMap { CompositionView(facts, field: $0) }
    let shareColumns: [(id: IndicatorID, title: String)] =
      [
        (.uniqueParticipants, labels["heading.people"]),
        (.priorityShareAny, labels["heading.any_priority_group"]),
      ]
      + rules.map { (.priorityShare($0.id), $0.label) }
    byProgramme = facts.breakdownTable(
      caption: labels["caption.programme_priority_shares"],
      groupBy: .programme, heading: labels["heading.programme"], columns: shareColumns)
    bySetting = facts.breakdownTable(
      caption: labels["caption.setting_priority_shares"], groupBy: .setting,
      heading: labels["heading.setting"], columns: shareColumns)
    let overall = facts.row(.retainedShare)
    overallRetained = facts.format.text(overall)
    retention = TableView(
      caption: labels(
        "caption.retention",
        ["sessions": String(facts.context.configuration.retentionMinSessions), "period": period]),
      headers: [labels["heading.group"], labels["heading.people"], labels["heading.retained"]],
      rows: [[labels["word.everyone"], facts.text(.uniqueParticipants), overallRetained]]
        + rules.map { rule in
          [
            rule.label, facts.text(.uniqueParticipants, by: .priorityGroup, group: Group(rule.id)),
            facts.text(.retainedShare, by: .priorityGroup, group: Group(rule.id)),
          ]
        })
    retentionGaps = rules.compactMap { rule in
      let row = facts.row(.retainedShare, by: .priorityGroup, group: Group(rule.id))
      guard FigureFormat.isShown(row), FigureFormat.isShown(overall), let value = row?.value,
        let all = overall?.value, all - value >= 0.05
      else { return nil }
      return GroupShareView(label: rule.label, share: facts.format.text(row))
    }
    hasRetentionGaps = !retentionGaps.isEmpty
    let groups =
      [(labels["word.everyone"], GroupBy.all, Group.all)]
      + rules.map { ($0.label, .priorityGroup, Group($0.id)) }
    let evidenceRows = groups.compactMap { label, groupBy, group -> [String]? in
      guard let row = facts.row(.change(.swemwbs), by: groupBy, group: group) else { return nil }
      let evidence = facts.evidence(.swemwbs, by: groupBy, group: group)
      let change =
        evidence.shown
        ? (evidence.rose ? "+" : evidence.fell ? "−" : "") + evidence.size
        : facts.format.text(row)
      let interval =
        evidence.shown ? labels("word.range", ["low": evidence.low, "high": evidence.high]) : "–"
      let pairs = row.suppressed != .no ? facts.format.suppressed : String(row.n ?? 0)
      return [label, pairs, change, interval]
    }
    wellbeing = TableView(
      caption: labels["caption.wellbeing_change"],
      headers: ["heading.group", "heading.pairs", "heading.mean_change", "heading.interval"].map {
        labels[$0]
      }, rows: evidenceRows)
    hasWellbeing = !evidenceRows.isEmpty
    evidence = EvidenceView(facts)
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
      $0.period == facts.reporting && $0.indicator == .representationIndex
        && $0.groupBy != .priorityGroup && FigureFormat.isShown($0) && ($0.value ?? 1) < 0.95
    }
    return rows.sorted { ($0.value ?? 1) < ($1.value ?? 1) }.prefix(3).map { row in
      let share = facts.row(.participantShare, by: row.groupBy, group: row.group)
      let shown = FigureFormat.isShown(share) ? share?.value : nil
      return GapView(
        label: facts.names.group(row.group, by: row.groupBy),
        field: facts.names.field(row.groupBy).lowercased(),
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

  init?(_ facts: ReportFacts, field: GroupBy) {
    let groups = facts.groups(.participantShare, by: field)
    guard !groups.isEmpty else { return nil }
    self.field = facts.names.field(field)
    let labels = facts.labels
    let hasBenchmarks = !facts.context.configuration.benchmarks(for: field).isEmpty
    table = TableView(
      caption: labels(
        "caption.composition", ["field": self.field, "period": facts.reporting.label]),
      headers: ["heading.group", "heading.people", "heading.share"].map { labels[$0] }
        + (hasBenchmarks
          ? [labels["heading.benchmark"], labels["heading.representation_index"]] : []),
      rows: groups.map { group in
        let share = facts.row(.participantShare, by: field, group: group)
        let base = [
          facts.names.group(group, by: field),
          facts.text(.uniqueParticipants, by: field, group: group), facts.format.text(share),
        ]
        guard hasBenchmarks else { return base }
        let index = facts.row(.representationIndex, by: field, group: group)
        return base + [
          share?.benchmark.map(UKNumber.percent) ?? "–", index.map { facts.format.text($0) } ?? "–",
        ]
      })
    chart = Charts.composition(
      facts, field: field,
      id: "composition-" + field.rawValue.replacingOccurrences(of: "_", with: "-"))
  }
}
