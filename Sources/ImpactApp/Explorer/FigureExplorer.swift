import ImpactAnalytics
import ImpactExport
import ImpactModel

/// The figure explorer: the rows of `indicators.csv` (the run's table) filtered and sorted,
/// each printed, named and defined as the reports do, and a bar chart by the reports'
/// renderer when one indicator, one breakdown and one period are chosen.
struct FigureExplorer {
  let rows: [IndicatorRow]
  let presentation: FigurePresentation
  let labels: ReportLabels

  func view(_ filter: FigureFilter) -> [String: Any] {
    let chosen = rows.filter { row in
      (filter.indicator.map { $0 == row.indicator.rawValue } ?? true)
        && (filter.breakdown.map { $0 == row.groupBy.rawValue } ?? true)
        && (filter.group.map { $0 == row.group.label } ?? true)
        && (filter.period.map { $0 == row.period.label } ?? true)
    }
    let sorted = sort(chosen, by: filter.sort)
    var periods: [String] = []
    for row in rows where !periods.contains(row.period.label) { periods.append(row.period.label) }
    let indicators = Array(Set(rows.map(\.indicator))).sorted { $0.rawValue < $1.rawValue }
    let breakdowns = Array(Set(rows.map(\.groupBy))).sorted()
    let groupRows = rows.filter { row in
      filter.breakdown.map { $0 == row.groupBy.rawValue } ?? true
    }
    var groups: [(String, String)] = []
    var seen: Set<String> = []
    for row in groupRows where seen.insert(row.group.label).inserted {
      groups.append((row.group.label, presentation.label(of: row.group, by: row.groupBy)))
    }
    groups.sort { $0.1 < $1.1 }
    var definitions: [[String: Any]] = []
    if let id = filter.indicator, let indicator = indicators.first(where: { $0.rawValue == id }) {
      var definition: [String: Any] = [
        "id": id, "name": presentation.name(of: indicator),
        "definition": IndicatorCatalogue.definition(of: indicator)?.definition ?? "",
      ]
      if filter.breakdown != nil, filter.breakdown != GroupBy.all.rawValue, filter.period != nil,
        filter.group == nil, !chosen.isEmpty
      {
        let title = presentation.name(of: indicator)
        definition["chart"] = presentation.barChart(
          id: "explorer-chart", title: title,
          description: "\(title), \(filter.period ?? ""), "
            + presentation.name(of: chosen[0].groupBy),
          rows: sorted)
      }
      definitions.append(definition)
    }
    return [
      "run": true,
      "indicators": indicators.map {
        option($0.rawValue, presentation.name(of: $0), filter.indicator)
      },
      "breakdowns": breakdowns.map {
        option($0.rawValue, name(of: $0), filter.breakdown)
      },
      "groups": groups.map { option($0.0, $0.1, filter.group) },
      "periods": periods.map { option($0, $0, filter.period) },
      "sorts": FigureFilter.Sort.allCases.map {
        option(
          $0.rawValue,
          labels["figures_sort_" + $0.rawValue.replacingOccurrences(of: "-", with: "_")],
          filter.sort.rawValue)
      },
      "definitions": definitions,
      "count": labels("figures_count", ["count": FigurePresentation.whole(sorted.count)]),
      "rows": sorted.map { row -> [String: Any] in
        [
          "indicator": presentation.name(of: row.indicator), "period": row.period.label,
          "breakdown": name(of: row.groupBy),
          "group": presentation.label(of: row.group, by: row.groupBy),
          "value": presentation.text(of: row),
          "n": row.suppressed == .no ? row.n.map(FigurePresentation.whole) ?? "–" : "–",
        ]
      },
    ]
  }

  /// A breakdown's name; the whole (`all`) by the app's label.
  private func name(of groupBy: GroupBy) -> String {
    groupBy == .all ? labels["figures_all"] : presentation.name(of: groupBy)
  }

  private func option(_ value: String, _ label: String, _ selected: String?) -> [String: Any] {
    ["value": value, "label": label, "selected": value == selected]
  }

  private func sort(_ rows: [IndicatorRow], by sort: FigureFilter.Sort) -> [IndicatorRow] {
    switch sort {
    case .indicator: return rows
    case .group:
      return rows.sorted {
        presentation.label(of: $0.group, by: $0.groupBy)
          < presentation.label(of: $1.group, by: $1.groupBy)
      }
    case .valueUp, .valueDown:
      // A suppressed or empty figure sorts last either way: its value is not shown.
      let shown = { (row: IndicatorRow) in row.suppressed == .no ? row.value : nil }
      return rows.sorted { left, right in
        switch (shown(left), shown(right)) {
        case (let l?, let r?): return sort == .valueUp ? l < r : l > r
        case (_?, nil): return true
        default: return false
        }
      }
    }
  }
}
