import ImpactAnalytics
import ImpactModel

/// Tables about the data behind the figures.
enum QualityTables {
  /// Rows read, rejected, collapsed and warned about, per file kind.
  static func files(_ facts: ReportFacts) -> TableView {
    let ids: [IndicatorID] = [.rowsRead, .rowsRejected, .duplicatesCollapsed, .warnings]
    let kinds = facts.table.groups(of: .kind, for: .rowsRead, in: .all)
    let rows = kinds.map { kind in
      [kind.label.prefix(1).uppercased() + kind.label.dropFirst()]
        + ids.map { id in
          let row = facts.table.row(id, in: .all, groupBy: .kind, group: kind)
          return row.map { facts.format.text($0) } ?? "0"
        }
    }
    return TableView(
      caption: facts.labels["caption.files"],
      headers: [
        "heading.kind_of_file", "heading.rows_read", "heading.rejected",
        "heading.duplicates_collapsed", "heading.warnings",
      ].map { facts.labels[$0] },
      rows: rows)
  }

  /// How complete each person field is among participants.
  static func completeness(_ facts: ReportFacts) -> TableView {
    let fields = PersonField.completenessFields.map(GroupBy.person)
    let rows = fields.compactMap { field -> [String]? in
      guard let row = facts.row(.dataCompleteness, by: field) else { return nil }
      return [facts.names.field(field), facts.format.text(row)]
    }
    return TableView(
      caption: facts.labels("caption.completeness", ["period": facts.reporting.label]),
      headers: [facts.labels["heading.field"], facts.labels["heading.known"]], rows: rows)
  }
}
