import ImpactAnalytics
import ImpactModel

/// The board report's view: the period at a glance against its comparison periods; reach by
/// programme and setting; inclusion against targets and benchmarks; wellbeing and
/// satisfaction; funding; data quality; the method note.
struct BoardReportView: TrimmableView, Sendable {
  let heading: DocumentHeading
  let people: FigureView
  let newPeople: FigureView
  let attendances: FigureView
  let sessions: FigureView
  let priorityAny: FigureView
  let satisfied: FigureView
  let income: FigureView
  let perParticipant: FigureView
  let headlines: TableView
  let trendChart: ChartView?
  let programmes: TableView
  let programmeChart: ChartView?
  let settings: TableView
  let priorityGroups: TableView
  let priorityChart: ChartView?
  let hasSwemwbs: Bool
  let swemwbs: ChangeEvidenceView
  let wellbeing: TableView
  let evidence: EvidenceView
  let wellby: WellbyView?
  let funders: TableView
  let pending: String
  let successRate: String
  let hasSuccessRate: Bool
  let quality: TableView
  let completeness: TableView
  let quotes: [QuoteView]
  let hasQuotes: Bool
  let method: MethodNoteView
  var wordCount: String?

  init(_ facts: ReportFacts) {
    heading = facts.heading
    let labels = facts.labels
    let period = ["period": facts.reporting.label]
    people = facts.figure(.uniqueParticipants)
    newPeople = facts.figure(.newParticipants)
    attendances = facts.figure(.attendances)
    sessions = facts.figure(.sessions)
    priorityAny = facts.figure(.priorityShareAny)
    satisfied = facts.figure(.satisfiedShare)
    income = facts.figure(.income)
    perParticipant = facts.figure(.fundingPerParticipant)
    headlines = TableView(
      caption: labels("caption.headlines", period),
      headers: [
        labels["heading.figure"], facts.reporting.label,
        facts.table.periods.previousQuarter.label, labels["heading.change"],
        facts.table.periods.samePeriodLastYear.label, labels["heading.change"],
        facts.table.periods.yearToDate.label, labels["heading.target"],
      ],
      rows: ReportTables.headlines.map { id in
        let figure = facts.figure(id)
        let target = figure.target.map {
          figure.met
            ? labels("word.target_met", ["target": $0])
            : figure.notMet ? labels("word.target_not_met", ["target": $0]) : $0
        }
        let headline = facts.table.headline(id)
        return [
          figure.label, figure.value, facts.format.text(headline.previousQuarter),
          figure.previousQuarter.short, facts.format.text(headline.samePeriodLastYear),
          figure.lastYear.short, figure.yearToDate, target ?? "–",
        ]
      })
    trendChart = Charts.trend(facts, .uniqueParticipants, id: "trend-participants")
    let reachColumns = ReportTables.reach.map { ($0.indicator, labels[$0.heading]) }
    programmes = facts.breakdownTable(
      caption: labels("caption.reach_by_programme", period), groupBy: .programme,
      heading: labels["heading.programme"], columns: reachColumns)
    programmeChart = Charts.bars(
      facts, .uniqueParticipants, by: .programme, id: "programme-participants",
      title: labels("chart.programme_participants", period))
    settings = facts.breakdownTable(
      caption: labels("caption.reach_by_setting", period), groupBy: .setting,
      heading: labels["heading.setting"], columns: reachColumns)
    priorityGroups = PriorityTables.targets(facts)
    priorityChart = Charts.priorityShares(facts, id: "priority-shares")
    let swemwbsRow = facts.row(.change(.swemwbs))
    hasSwemwbs = swemwbsRow != nil
    swemwbs = facts.evidence(.swemwbs)
    let wellbeingIDs = ReportTables.feedback.filter { facts.row($0) != nil }
    wellbeing = TableView(
      caption: labels("caption.feedback_and_wellbeing", period),
      headers: [
        labels["heading.measure"], facts.reporting.label,
        labels("heading.change_on", ["comparison": facts.periodNames.previousQuarter]),
        labels["heading.year_to_date"],
      ],
      rows: wellbeingIDs.map { id in
        let figure = facts.figure(id)
        return [figure.label, figure.value, figure.previousQuarter.short, figure.yearToDate]
      })
    evidence = EvidenceView(facts)
    wellby = WellbyView(facts)
    funders = facts.breakdownTable(
      caption: labels("caption.income_by_funder", period), groupBy: .funder,
      heading: labels["heading.funder"],
      columns: ReportTables.income.map { ($0.indicator, labels[$0.heading]) },
      groups: facts.groups(.income, by: .funder).sorted {
        (facts.row(.income, by: .funder, group: $0)?.value ?? 0)
          > (facts.row(.income, by: .funder, group: $1)?.value ?? 0)
      })
    pending = facts.text(.applicationsPending)
    let rate = facts.row(.bidSuccessRate)
    hasSuccessRate = FigureFormat.isShown(rate)
    successRate = labels(
      "word.bids_won",
      [
        "rate": facts.format.text(rate), "won": UKNumber.whole(rate?.numerator ?? 0),
        "bids": Plural("bid")(rate?.denominator ?? 0),
      ])
    quality = QualityTables.files(facts)
    completeness = QualityTables.completeness(facts)
    quotes = facts.quotes(limit: 3)
    hasQuotes = !quotes.isEmpty
    method = MethodNoteView(facts)
  }

  mutating func trimNextSection() -> Bool { false }
}
