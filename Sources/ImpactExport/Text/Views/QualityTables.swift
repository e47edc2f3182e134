import ImpactAnalytics
import ImpactModel

/// Tables about the data behind the figures.
enum QualityTables {
  /// Rows read, rejected, collapsed and warned about, per file kind.
  static func files(_ facts: ReportFacts) -> TableView {
    let kinds = facts.table.groups(of: .kind, for: .rowsRead, in: .all)
    let rows = kinds.map { kind in
      [facts.names.group(kind, by: .kind)]
        + ReportTables.files.map { column in
          let row = facts.table.row(column.indicator, in: .all, groupBy: .kind, group: kind)
          return row.map { facts.format.text($0) } ?? "0"
        }
    }
    return TableView(
      caption: facts.labels["caption.files"],
      headers: [facts.labels["heading.kind_of_file"]]
        + ReportTables.files.map { facts.labels[$0.heading] },
      rows: rows)
  }

  /// How complete each person field is among participants.
  static func completeness(_ facts: ReportFacts) -> TableView {
    let rows = ReportTables.completeness.compactMap { field -> [String]? in
      guard let row = facts.row(.dataCompleteness, by: field) else { return nil }
      return [facts.names.field(field), facts.format.text(row)]
    }
    return TableView(
      caption: facts.labels("caption.completeness", ["period": facts.reporting.label]),
      headers: [facts.labels["heading.field"], facts.labels["heading.known"]], rows: rows)
  }
}
