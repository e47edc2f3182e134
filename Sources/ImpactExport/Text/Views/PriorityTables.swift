import ImpactAnalytics
import ImpactModel

/// Tables about the priority groups.
enum PriorityTables {
  /// Each priority group: its share now and a year earlier, target, benchmark,
  /// representation index and status.
  static func targets(_ facts: ReportFacts) -> TableView {
    let lastYear = facts.table.periods.samePeriodLastYear
    let rows = facts.context.configuration.priorityGroups.map { rule -> [String] in
      let id = IndicatorID.priorityShare(rule.id)
      let now = facts.row(id)
      let index = facts.row(.representationIndex, by: .priorityGroup, group: Group(rule.id))
      let status =
        now?.status == .met
        ? facts.labels["word.met"] : now?.status == .notMet ? facts.labels["word.not_met"] : "–"
      return [
        rule.label, facts.format.text(now), facts.format.text(facts.table.row(id, in: lastYear)),
        now?.target.map(UKNumber.percent) ?? "–", now?.benchmark.map(UKNumber.percent) ?? "–",
        index.map { facts.format.text($0) } ?? "–", status,
      ]
    }
    return TableView(
      caption: facts.labels["caption.priority_targets"],
      headers: [
        facts.labels["heading.priority_group"], facts.reporting.label, lastYear.label,
        facts.labels["heading.target"], facts.labels["heading.benchmark"],
        facts.labels["heading.representation_index"], facts.labels["heading.status"],
      ], rows: rows)
  }
}
