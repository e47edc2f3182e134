import ImpactAnalytics
import ImpactModel

/// The bid evidence pack: three financial years side by side — track record, growth, reach
/// into priority groups, outcome evidence with its strength, cost-effectiveness, quotes.
struct BidEvidenceView: TrimmableView, Sendable {
  let heading: DocumentHeading
  /// `2023-24, 2024-25 and 2025-26`.
  let years: String
  /// The last year is a year to date, not a whole year.
  let lastIsPartial: Bool
  let lastYear: String
  /// Years in the series with no attendance and no income in the data: `2023-24`.
  let yearsWithoutData: String
  let hasYearsWithoutData: Bool
  let trackRecord: TableView
  let people: ComparisonView
  let attendances: ComparisonView
  let firstYear: String
  let peopleNow: String
  let peopleFirst: String
  let reach: TableView
  let outcomes: [YearEvidenceView]
  let hasOutcomes: Bool
  let feedback: TableView
  let cost: TableView
  let chart: ChartView?
  let quotes: [QuoteView]
  let hasQuotes: Bool
  let evidence: EvidenceView
  let wellby: WellbyView?
  var wordCount: String?

  init(_ facts: ReportFacts, years series: YearSeries) {
    heading = facts.heading
    let labels = facts.labels
    let and = labels["word.and"]
    let empty = series.years.filter { year in
      (series.row(.attendances, in: year)?.value ?? 0) == 0
        && (series.row(.income, in: year)?.value ?? 0) == 0
    }
    yearsWithoutData = Self.list(empty.map(\.label), and: and)
    hasYearsWithoutData = !empty.isEmpty
    let yearLabels = series.years.map(\.label)
    years = Self.list(yearLabels, and: and)
    lastIsPartial = series.years.last?.kind == .yearToDate
    lastYear = yearLabels.last ?? ""
    let table = { (caption: String, ids: [IndicatorID]) in
      TableView(
        caption: caption, headers: [labels["heading.figure"]] + yearLabels,
        rows: ids.filter { id in series.years.contains { series.row(id, in: $0) != nil } }.map {
          id in
          [facts.names.label(id)] + series.years.map { facts.format.text(series.row(id, in: $0)) }
        })
    }
    trackRecord = table(
      labels("caption.track_record", ["years": years]),
      [
        .uniqueParticipants, .newParticipants, .attendances, .sessions,
        .participantHours, .retainedShare,
      ])
    let first = series.years.first { (series.row(.uniqueParticipants, in: $0)?.value ?? 0) > 0 }
    let last = series.years.last
    firstYear = first?.label ?? ""
    let row = { (id: IndicatorID, year: Period?) in year.flatMap { series.row(id, in: $0) } }
    people = ComparisonView(
      row(.uniqueParticipants, last),
      with: first == last ? nil : row(.uniqueParticipants, first),
      against: labels("word.in_year", ["year": firstYear]), format: facts.format)
    attendances = ComparisonView(
      row(.attendances, last), with: first == last ? nil : row(.attendances, first),
      against: labels("word.in_year", ["year": firstYear]), format: facts.format)
    peopleNow = facts.format.text(row(.uniqueParticipants, last))
    peopleFirst = facts.format.text(row(.uniqueParticipants, first))
    reach = table(
      labels("caption.reach_into_priority_groups", ["years": years]),
      [.priorityShareAny]
        + facts.context.configuration.priorityGroups.map {
          .priorityShare($0.id)
        })
    outcomes = series.years.compactMap { year in
      guard let change = series.row(.change(.swemwbs), in: year) else { return nil }
      return YearEvidenceView(
        year: year.label,
        evidence: ChangeEvidenceView(
          change, improved: series.row(.improvedShare(.swemwbs), in: year),
          declined: series.row(.declinedShare(.swemwbs), in: year), format: facts.format,
          labels: labels))
    }
    hasOutcomes = !outcomes.isEmpty
    feedback = table(
      labels("caption.feedback_by_year", ["years": years]),
      [.pairs(.swemwbs), .satisfiedShare, .mean(.satisfaction), .mean(.onsLifeSatisfaction)])
    cost = table(
      labels("caption.cost_by_year", ["years": years]),
      [.income, .fundingPerParticipant, .fundingPerAttendance, .fundingPerHour])
    let bars = series.years.map { year -> BarChart.Bar in
      let people = series.row(.uniqueParticipants, in: year)
      return BarChart.Bar(
        label: year.label, value: FigureFormat.isShown(people) ? people?.value : nil,
        text: facts.format.text(people))
    }
    chart =
      bars.isEmpty
      ? nil
      : BarChart(
        id: "participants-by-year", title: labels["chart.participants_by_year"],
        description: bars.map { "\($0.label): \($0.text)" }.joined(separator: "; ") + ".",
        bars: bars
      ).view()
    quotes = facts.quotes(limit: 4)
    hasQuotes = !quotes.isEmpty
    evidence = EvidenceView(facts)
    wellby = WellbyView(facts)
  }

  mutating func trimNextSection() -> Bool { false }

  /// `a, b and c`, with `and` the word for "and".
  static func list(_ items: [String], and: String) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " " + and + " " + items.last!
  }
}

/// One year's outcome evidence.
struct YearEvidenceView: Sendable {
  let year: String
  let evidence: ChangeEvidenceView
}
