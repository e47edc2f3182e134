import ImpactAnalytics

/// Tables about the data behind the figures.
enum QualityTables {
  /// Rows read, rejected, collapsed and warned about, per file kind.
  static func files(_ facts: ReportFacts) -> TableView {
    let ids = ["rows_read", "rows_rejected", "duplicates_collapsed", "warnings"]
    let kinds = facts.table.groups(of: "kind", for: "rows_read", in: .all)
    let rows = kinds.map { kind in
      [kind.prefix(1).uppercased() + kind.dropFirst()]
        + ids.map { id in
          let row = facts.table.row(id, in: .all, groupBy: "kind", group: kind)
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
    let fields = ["age_band", "gender", "ethnicity_group", "disability", "imd_quintile"]
    let rows = fields.compactMap { field -> [String]? in
      guard let row = facts.row("data_completeness", by: field) else { return nil }
      return [facts.names.field(field), facts.format.text(row)]
    }
    return TableView(
      caption: facts.labels("caption.completeness", ["period": facts.reporting.label]),
      headers: [facts.labels["heading.field"], facts.labels["heading.known"]], rows: rows)
  }
}
