import ImpactAnalytics

/// Tables about the priority groups.
enum PriorityTables {
  /// Each priority group: its share now and a year earlier, target, benchmark,
  /// representation index and status.
  static func targets(_ facts: ReportFacts) -> TableView {
    let lastYear = facts.table.periods.samePeriodLastYear
    let rows = facts.context.configuration.priorityGroups.map { rule -> [String] in
      let id = "priority_share:" + rule.id
      let now = facts.row(id)
      let index = facts.row("representation_index", by: "priority_group", group: rule.id)
      let status = now?.status == .met ? "Met" : now?.status == .notMet ? "Not met" : "–"
      return [
        rule.label, facts.format.text(now), facts.format.text(facts.table.row(id, in: lastYear)),
        now?.target.map(UKNumber.percent) ?? rule.target.map(UKNumber.percent) ?? "–",
        (now?.benchmark ?? rule.benchmark).map(UKNumber.percent) ?? "–",
        index.map { facts.format.text($0) } ?? "–", status,
      ]
    }
    return TableView(
      caption: "Priority groups: share of participants against targets and benchmarks",
      headers: [
        "Priority group", facts.reporting.label, lastYear.label, "Target", "Benchmark",
        "Representation index", "Status",
      ], rows: rows)
  }
}
