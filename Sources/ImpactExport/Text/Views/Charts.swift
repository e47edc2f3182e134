import ImpactAnalytics
import ImpactModel

/// The charts the documents draw, each from rows of the table.
enum Charts {
  /// A line of an indicator's `all` figure over the trend quarters; `nil` with fewer than two.
  static func trend(_ facts: ReportFacts, _ id: IndicatorID, id chartID: String) -> ChartView? {
    let rows = facts.table.trend(id)
    guard rows.count >= 2 else { return nil }
    let name = facts.names.label(id)
    let points = rows.map { row in
      LineChart.Point(
        label: shortQuarter(row.period.label),
        value: FigureFormat.isShown(row) ? row.value : nil, text: facts.format.text(row))
    }
    let listed = zip(rows, points).map { "\($0.period.label): \($1.text)" }.joined(separator: "; ")
    return LineChart(
      id: chartID, title: facts.labels("chart.trend", ["indicator": name]),
      description: facts.labels("chart.trend_description", ["indicator": name]) + " \(listed).",
      points: points
    ).view()
  }

  /// Bars of an indicator by the groups of a breakdown in the reporting period.
  static func bars(
    _ facts: ReportFacts, _ id: IndicatorID, by groupBy: GroupBy, id chartID: String, title: String
  ) -> ChartView? {
    let groups = facts.groups(id, by: groupBy)
    guard !groups.isEmpty else { return nil }
    let bars = groups.map { group -> BarChart.Bar in
      let row = facts.row(id, by: groupBy, group: group)
      return BarChart.Bar(
        label: facts.names.group(group, by: groupBy),
        value: FigureFormat.isShown(row) ? row?.value : nil, text: facts.format.text(row))
    }
    let listed = bars.map { "\($0.label): \($0.text)" }.joined(separator: "; ")
    return BarChart(id: chartID, title: title, description: listed + ".", bars: bars).view()
  }

  /// Each priority group's share this period and the same period last year, with the
  /// benchmark marked where one is configured.
  static func priorityShares(_ facts: ReportFacts, id chartID: String) -> ChartView? {
    let rules = facts.context.configuration.priorityGroups
    guard !rules.isEmpty else { return nil }
    let lastYear = facts.table.periods.samePeriodLastYear
    var sentences: [String] = []
    let groups = rules.map { rule -> GroupedBarChart.Group in
      let id = IndicatorID.priorityShare(rule.id)
      let now = facts.row(id)
      let before = facts.table.row(id, in: lastYear)
      let benchmark = now?.benchmark
      var sentence =
        "\(rule.label): \(facts.format.text(now)) (\(lastYear.label): "
        + "\(facts.format.text(before)))"
      if let benchmark {
        sentence += ", " + facts.labels("word.benchmark_of", ["value": UKNumber.percent(benchmark)])
      }
      sentences.append(sentence)
      return GroupedBarChart.Group(
        label: rule.label,
        values: [
          FigureFormat.isShown(now) ? now?.value : nil,
          FigureFormat.isShown(before) ? before?.value : nil,
        ],
        texts: [facts.format.text(now), facts.format.text(before)], benchmark: benchmark)
    }
    return GroupedBarChart(
      id: chartID, title: facts.labels["chart.priority_shares"],
      description: sentences.joined(separator: "; ") + ".",
      series: [facts.reporting.label, lastYear.label], groups: groups,
      benchmarkName: facts.labels["word.benchmark_population"]
    ).view()
  }

  /// A person field's composition against its benchmarks.
  static func composition(_ facts: ReportFacts, field: GroupBy, id chartID: String) -> ChartView? {
    let benchmarks = facts.context.configuration.benchmarks(for: field)
    let groups = facts.groups(.participantShare, by: field)
    guard !groups.isEmpty, !benchmarks.isEmpty else { return nil }
    var sentences: [String] = []
    let bars = groups.map { group -> GroupedBarChart.Group in
      let row = facts.row(.participantShare, by: field, group: group)
      let label = facts.names.group(group, by: field)
      var sentence = "\(label): \(facts.format.text(row))"
      if let benchmark = row?.benchmark {
        sentence += ", " + facts.labels("word.benchmark_of", ["value": UKNumber.percent(benchmark)])
      }
      sentences.append(sentence)
      return GroupedBarChart.Group(
        label: label, values: [FigureFormat.isShown(row) ? row?.value : nil],
        texts: [facts.format.text(row)], benchmark: row?.benchmark)
    }
    let name = facts.names.field(field)
    return GroupedBarChart(
      id: chartID, title: facts.labels("chart.composition", ["field": name]),
      description: sentences.joined(separator: "; ") + ".", series: [facts.reporting.label],
      groups: bars, benchmarkName: facts.labels["word.benchmark"]
    ).view()
  }

  /// The ONS measures' answers by band, one stacked bar per measure with answers (the
  /// measures given share their bands); `nil` when none has answers.
  static func onsBands(
    _ facts: ReportFacts, _ measures: [FeedbackMeasure], id chartID: String, title: String
  ) -> ChartView? {
    let bands = ONSBand.bands(for: measures[0])
    let names = bands.map { facts.names.group(Group($0.name), by: .band) }
    var sentences: [String] = []
    let bars = measures.filter { !facts.groups(.band($0), by: .band).isEmpty }.map {
      measure -> StackedBarChart.Bar in
      let rows = bands.map { facts.row(.band(measure), by: .band, group: Group($0.name)) }
      let label = facts.names.label(.mean(measure))
      let texts = rows.map { facts.format.text($0) }
      sentences.append(
        label + ": " + zip(names, texts).map { "\($0) \($1)" }.joined(separator: ", "))
      return StackedBarChart.Bar(
        label: label, values: rows.map { FigureFormat.isShown($0) ? $0?.value : nil },
        texts: texts)
    }
    guard !bars.isEmpty else { return nil }
    return StackedBarChart(
      id: chartID, title: title, description: sentences.joined(separator: "; ") + ".",
      parts: bands.map { facts.labels[ReportTables.bandHeading($0, of: measures[0])] },
      bars: bars, reversedColours: measures[0] == .onsAnxious
    ).view()
  }

  /// `2025-26 Q3` → `Q3 25-26`, to fit under a point.
  static func shortQuarter(_ label: String) -> String {
    let parts = label.split(separator: " ")
    guard parts.count == 2, parts[0].count == 7 else { return label }
    return "\(parts[1]) \(parts[0].dropFirst(2))"
  }
}
