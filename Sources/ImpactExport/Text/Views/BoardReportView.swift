import ImpactAnalytics

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
    people = facts.figure("unique_participants")
    newPeople = facts.figure("new_participants")
    attendances = facts.figure("attendances")
    sessions = facts.figure("sessions")
    priorityAny = facts.figure("priority_share:any")
    satisfied = facts.figure("satisfied_share")
    income = facts.figure("income")
    perParticipant = facts.figure("funding_per_participant")
    let headlineIDs = [
      "unique_participants", "new_participants", "attendances", "sessions", "participant_hours",
      "retained_share", "priority_share:any", "satisfied_share", "income",
      "funding_per_participant",
    ]
    headlines = TableView(
      caption: "Headline figures for \(facts.reporting.label) and the periods it is compared with",
      headers: [
        "Figure", facts.reporting.label, facts.table.periods.previousQuarter.label, "Change",
        facts.table.periods.samePeriodLastYear.label, "Change",
        facts.table.periods.yearToDate.label,
        "Target",
      ],
      rows: headlineIDs.map { id in
        let figure = facts.figure(id)
        let target = figure.target.map {
          $0 + (figure.met ? " (met)" : figure.notMet ? " (not met)" : "")
        }
        let headline = facts.table.headline(id)
        return [
          figure.label, figure.value, facts.format.text(headline.previousQuarter),
          figure.previousQuarter.short, facts.format.text(headline.samePeriodLastYear),
          figure.lastYear.short, figure.yearToDate, target ?? "–",
        ]
      })
    trendChart = Charts.trend(facts, "unique_participants", id: "trend-participants")
    let reachColumns: [(id: String, title: String)] = [
      ("unique_participants", "People"), ("attendances", "Attendances"), ("sessions", "Sessions"),
      ("retained_share", "Retained"), ("priority_share:any", "In a priority group"),
    ]
    programmes = facts.breakdownTable(
      caption: "Reach by programme, \(facts.reporting.label)", groupBy: "programme",
      heading: "Programme", columns: reachColumns)
    programmeChart = Charts.bars(
      facts, "unique_participants", by: "programme", id: "programme-participants",
      title: "People taking part by programme, \(facts.reporting.label)")
    settings = facts.breakdownTable(
      caption: "Reach by setting, \(facts.reporting.label)", groupBy: "setting",
      heading: "Setting", columns: reachColumns)
    priorityGroups = PriorityTables.targets(facts)
    priorityChart = Charts.priorityShares(facts, id: "priority-shares")
    let swemwbsRow = facts.row("swemwbs_change")
    hasSwemwbs = swemwbsRow != nil
    swemwbs = facts.evidence("swemwbs")
    let wellbeingIDs = [
      "satisfied_share", "satisfaction_mean", "nps", "ons_life_satisfaction_mean",
      "ons_worthwhile_mean", "ons_happy_mean", "ons_anxious_mean", "feedback_responses",
    ].filter { facts.row($0) != nil }
    wellbeing = TableView(
      caption: "Feedback and wellbeing, \(facts.reporting.label)",
      headers: [
        "Measure", facts.reporting.label, "Change on \(facts.periodNames.previousQuarter)",
        "Year to date",
      ],
      rows: wellbeingIDs.map { id in
        let figure = facts.figure(id)
        return [figure.label, figure.value, figure.previousQuarter.short, figure.yearToDate]
      })
    wellby = WellbyView(facts)
    funders = facts.breakdownTable(
      caption: "Income by funder, \(facts.reporting.label)", groupBy: "funder", heading: "Funder",
      columns: [("income", "Income")],
      groups: facts.groups("income", by: "funder").sorted {
        (facts.row("income", by: "funder", group: $0)?.value ?? 0)
          > (facts.row("income", by: "funder", group: $1)?.value ?? 0)
      })
    pending = facts.text("applications_pending")
    let rate = facts.row("bid_success_rate")
    hasSuccessRate = FigureFormat.isShown(rate)
    successRate =
      facts.format.text(rate) + " (" + UKNumber.whole(rate?.numerator ?? 0) + " of "
      + Plural("bid")(rate?.denominator ?? 0) + ")"
    quality = QualityTables.files(facts)
    completeness = QualityTables.completeness(facts)
    quotes = facts.quotes(limit: 3)
    hasQuotes = !quotes.isEmpty
    method = MethodNoteView(facts)
  }

  mutating func trimNextSection() -> Bool { false }
}
