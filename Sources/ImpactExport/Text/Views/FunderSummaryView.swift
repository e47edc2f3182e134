import ImpactAnalytics
import ImpactModel

/// A funder's summary: its grants in the period, the programmes its restricted money paid for
/// and what they achieved, with consented quotes.
struct FunderSummaryView: TrimmableView, Sendable {
  let heading: DocumentHeading
  let funder: String
  /// The funder's income in the period, from its `income` row.
  let total: String
  let lines: TableView
  let programmes: [FundedProgrammeView]
  let hasProgrammes: Bool
  let unrestricted: String
  let hasUnrestricted: Bool
  /// Organisation-wide figures, for unrestricted money.
  let people: FigureView
  let attendances: FigureView
  let sessions: FigureView
  let priorityAny: FigureView
  let swemwbs: ChangeEvidenceView
  let hasSwemwbs: Bool
  let chart: ChartView?
  let generalQuotes: [QuoteView]
  var showQuotes = true
  var showLines = true
  var showPriority = true
  var showOutcomes = true
  var trimmed = false
  var wordCount: String?

  init(_ facts: ReportFacts, account: FunderIncome) {
    heading = facts.heading
    let labels = facts.labels
    funder = account.funder
    total = facts.text(.income, by: .funder, group: Group(account.funder))
    let money = { (amount: Double) in UKNumber.money(amount, symbol: facts.format.currencySymbol) }
    lines = TableView(
      caption: labels(
        "caption.funder_lines", ["funder": account.funder, "period": facts.reporting.label]),
      headers: [
        "heading.reference", "heading.for", "heading.type", "heading.status",
        "heading.whole_amount", "heading.in_this_period",
      ].map { labels[$0] },
      rows: account.lines.map { line in
        [
          line.reference ?? "–", line.programme ?? labels["word.unrestricted"],
          facts.names.group(Group(line.type.rawValue), by: .fundingType),
          facts.names.group(Group(line.status.rawValue), by: .fundingType), money(line.amount),
          money(line.inPeriod),
        ]
      })
    programmes = account.programmes.enumerated().map { index, share in
      FundedProgrammeView(
        facts, programme: share.programme, amount: money(share.amount),
        separator: ListSeparator.after(
          index, of: account.programmes.count, and: labels["word.and"]))
    }
    hasProgrammes = !programmes.isEmpty
    unrestricted = money(account.unrestricted)
    hasUnrestricted = account.unrestricted > 0
    people = facts.figure(.uniqueParticipants)
    attendances = facts.figure(.attendances)
    sessions = facts.figure(.sessions)
    priorityAny = facts.figure(.priorityShareAny)
    swemwbs = facts.evidence(.swemwbs)
    hasSwemwbs = facts.row(.change(.swemwbs)) != nil
    chart =
      programmes.count > 1
      ? BarChart(
        id: "funded-programmes", title: labels["chart.funded_programmes"],
        description: programmes.map { "\($0.name): \($0.people)" }.joined(separator: "; ") + ".",
        bars: programmes.map {
          let row = facts.row(.uniqueParticipants, by: .programme, group: Group($0.name))
          return BarChart.Bar(
            label: $0.name, value: FigureFormat.isShown(row) ? row?.value : nil, text: $0.people)
        }
      ).view() : nil
    generalQuotes = programmes.isEmpty ? facts.quotes(limit: 3) : []
  }

  /// Leaves out, in turn: quotes, the income lines, the priority-group detail, the outcomes.
  mutating func trimNextSection() -> Bool {
    if showQuotes {
      showQuotes = false
    } else if showLines {
      showLines = false
    } else if showPriority {
      showPriority = false
    } else if showOutcomes {
      showOutcomes = false
    } else {
      return false
    }
    trimmed = true
    return true
  }
}

/// What one funded programme achieved in the period.
struct FundedProgrammeView: Sendable {
  let name: String
  /// The funder's money restricted to it in the period.
  let amount: String
  let people: String
  /// Exactly one person took part.
  let onePerson: Bool
  let attendances: String
  let sessions: String
  let retained: String
  let priorityAny: String
  let priorityGroups: [GroupShareView]
  let hasPriorityGroups: Bool
  let swemwbs: ChangeEvidenceView
  let hasSwemwbs: Bool
  let satisfied: String
  let hasSatisfied: Bool
  /// All income restricted to the programme (every funder) per participant.
  let perParticipant: String
  let quotes: [QuoteView]
  let hasQuotes: Bool

  /// What follows it in a list: `, `, ` and ` or nothing.
  let separator: String

  init(_ facts: ReportFacts, programme: String, amount: String, separator: String) {
    name = programme
    self.separator = separator
    self.amount = amount
    let group = Group(programme)
    let text = { (id: IndicatorID) in facts.text(id, by: .programme, group: group) }
    people = text(.uniqueParticipants)
    onePerson = people == "1"
    attendances = text(.attendances)
    sessions = text(.sessions)
    retained = text(.retainedShare)
    priorityAny = text(.priorityShareAny)
    let shares = facts.context.configuration.priorityGroups.compactMap {
      rule -> (String, String)? in
      let row = facts.row(.priorityShare(rule.id), by: .programme, group: group)
      guard let row, row.suppressed != .no || (row.value ?? 0) > 0 else { return nil }
      return (rule.label, facts.format.text(row))
    }
    priorityGroups = shares.enumerated().map { index, share in
      GroupShareView(
        label: share.0, share: share.1,
        separator: ListSeparator.after(index, of: shares.count, and: facts.labels["word.and"]))
    }
    hasPriorityGroups = !priorityGroups.isEmpty
    swemwbs = facts.evidence(.swemwbs, by: .programme, group: group)
    hasSwemwbs = facts.row(.change(.swemwbs), by: .programme, group: group) != nil
    let satisfiedRow = facts.row(.satisfiedShare, by: .programme, group: group)
    satisfied = facts.format.text(satisfiedRow)
    hasSatisfied = satisfiedRow != nil
    perParticipant = text(.fundingPerParticipant)
    quotes = facts.quotes(programme: programme, limit: 2)
    hasQuotes = !quotes.isEmpty
  }
}

/// A group's share, formatted.
struct GroupShareView: Sendable {
  let label: String
  let share: String
  /// What follows it in a list: `, `, ` and ` or nothing.
  var separator = ""
}

/// The punctuation between the items of a list in a sentence: `a, b and c`, with `and` the
/// word for "and".
enum ListSeparator {
  static func after(_ index: Int, of count: Int, and: String) -> String {
    index == count - 1 ? "" : index == count - 2 ? " " + and + " " : ", "
  }
}
