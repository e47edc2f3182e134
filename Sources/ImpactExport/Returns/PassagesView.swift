import ImpactAnalytics
import ImpactModel

/// The named passages of the text reports (`_passage-<name>` partials in `reports/templates/`)
/// and the view that fills them: the funder summary and the inclusion report include the same
/// partials, so a return's text answer and a report say the same sentences from the same rows.
struct PassagesView: Sendable {
  let heading: DocumentHeading
  let people: FigureView
  let attendances: FigureView
  let priorityAny: FigureView
  let income: FigureView
  let perParticipant: FigureView
  let swemwbs: ChangeEvidenceView
  let hasSwemwbs: Bool
  let satisfied: String
  let hasSatisfied: Bool
  /// The named funder's summary, for its income sentence.
  let account: FunderSummaryView?
  /// A funder is named but has no income in the period.
  let noIncome: Bool
  let funderName: String
  /// No funder is named: the organisation's income.
  let organisationWide: Bool
  let quotes: [QuoteView]

  /// The passages of a report, for the return's funder when it names one.
  init(_ facts: ReportFacts, funder: String?, funders: [FunderIncome]) {
    heading = facts.heading
    people = facts.figure(.uniqueParticipants)
    attendances = facts.figure(.attendances)
    priorityAny = facts.figure(.priorityShareAny)
    income = facts.figure(.income)
    perParticipant = facts.figure(.fundingPerParticipant)
    swemwbs = facts.evidence(.swemwbs)
    hasSwemwbs = facts.row(.change(.swemwbs)) != nil
    let satisfiedRow = facts.row(.satisfiedShare)
    satisfied = facts.format.text(satisfiedRow)
    hasSatisfied = satisfiedRow != nil
    let chosen = funder.flatMap { FunderIncome.named($0, in: funders).first }
    account = chosen.map { FunderSummaryView(facts, account: $0) }
    noIncome = funder != nil && chosen == nil
    funderName = funder ?? ""
    organisationWide = funder == nil
    // A quote is one line of the passage, so a word limit cuts between whole quotes.
    quotes = facts.quotes(limit: 3).map {
      QuoteView(
        text: $0.text.split(whereSeparator: \.isNewline).joined(separator: " "),
        programme: $0.programme)
    }
  }

  /// The partial of a passage.
  static func partial(_ passage: ReturnPassage) -> String {
    "_passage-" + passage.rawValue
  }

  /// A passage as plain text, each line trimmed and empty lines dropped.
  func text(_ passage: ReturnPassage, library: ReportTemplates) throws(TemplateError) -> String {
    let rendered = try library.render(self, partial: Self.partial(passage), format: .txt) ?? ""
    return
      rendered
      .split(separator: "\n")
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
      .joined(separator: "\n")
  }
}
