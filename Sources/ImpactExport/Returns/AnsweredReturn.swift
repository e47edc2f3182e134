import ImpactAnalytics
import ImpactModel

/// A funder return with every question answered: figures picked from the indicator table,
/// passages rendered from the report templates and fitted to their word limits. The return's
/// three files are all drawn from this.
struct AnsweredReturn: Sendable {
  /// One answered question.
  struct Answer: Sendable {
    /// The question's number on the form, from 1.
    let number: Int
    /// The question as the form words it.
    let ask: String
    /// The answer.
    let kind: Kind
  }

  /// A figure, or a passage fitted to its limit.
  enum Kind: Sendable {
    case figure(ReturnFigure)
    case text(TextAnswer)
  }

  /// A passage answer: the text, fitted, and the limit it was fitted to.
  struct TextAnswer: Sendable {
    let passage: ReturnPassage
    let fit: SentenceFit
    let limit: Int?
  }

  /// The return as read.
  let form: FunderReturn
  /// The answers, in the form's order.
  let answers: [Answer]

  /// Answers `form` from `facts`, rendering passages with `library`.
  init(
    _ form: FunderReturn, facts: ReportFacts, funders: [FunderIncome], library: ReportTemplates
  ) throws(TemplateError) {
    self.form = form
    let passages = PassagesView(facts, funder: form.funder, funders: funders)
    var answers: [Answer] = []
    for (index, question) in form.questions.enumerated() {
      let kind: Kind
      switch question.answer {
      case .figure(let spec):
        kind = .figure(ReturnFigure(spec, table: facts.table))
      case .text(let spec):
        var text = try passages.text(spec.passage, library: library)
        if text.isEmpty { text = facts.labels["word.return_no_passage"] }
        kind = .text(
          TextAnswer(
            passage: spec.passage,
            fit: SentenceFit(text, limit: spec.words, wholeLines: spec.passage == .quotes),
            limit: spec.words))
      }
      answers.append(Answer(number: index + 1, ask: question.ask, kind: kind))
    }
    self.answers = answers
  }

  /// A text answer's word count in words: `143 words (200 allowed)`.
  static func wordCount(_ answer: TextAnswer, labels: ReportLabels) -> String {
    let count = ["count": String(answer.fit.words), "limit": answer.limit.map(String.init) ?? ""]
    guard answer.limit != nil else { return labels("word.return_words", count) }
    return answer.fit.cut
      ? labels("word.return_words_cut", count) : labels("word.return_words_limit", count)
  }
}
