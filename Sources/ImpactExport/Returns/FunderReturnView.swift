import ImpactModel

/// The view of `funder-return.md` and `funder-return.txt`: the form's title and funder, then
/// each question with its answer and where it came from.
struct FunderReturnView: Sendable {
  let heading: DocumentHeading
  let title: String
  let funder: String
  let hasFunder: Bool
  let questions: [QuestionView]

  /// One question and its answer, formatted.
  struct QuestionView: Sendable {
    let number: String
    let ask: String
    let isFigure: Bool
    /// The figure shows its value only.
    let single: Bool
    let value: String
    let parts: [PartView]
    let source: String
    let isText: Bool
    let text: String
    let wordCount: String
  }

  /// One part of a figure: its name and its text.
  struct PartView: Sendable {
    let label: String
    let text: String
  }

  init(_ answered: AnsweredReturn, facts: ReportFacts) {
    heading = facts.heading
    title = answered.form.title
    funder = answered.form.funder ?? ""
    hasFunder = answered.form.funder != nil
    let labels = facts.labels
    questions = answered.answers.map { answer in
      switch answer.kind {
      case .figure(let figure):
        let parts = figure.spec.show.map {
          PartView(
            label: ReturnFigure.label($0, labels: labels),
            text: figure.text($0, format: facts.format, labels: labels))
        }
        return QuestionView(
          number: String(answer.number), ask: answer.ask, isFigure: true,
          single: figure.spec.show == [.value], value: parts.first?.text ?? "–", parts: parts,
          source: figure.source(names: facts.names, labels: labels), isText: false, text: "",
          wordCount: "")
      case .text(let text):
        return QuestionView(
          number: String(answer.number), ask: answer.ask, isFigure: false, single: false,
          value: "", parts: [], source: "", isText: true, text: text.fit.text,
          wordCount: AnsweredReturn.wordCount(text, labels: labels))
      }
    }
  }
}
