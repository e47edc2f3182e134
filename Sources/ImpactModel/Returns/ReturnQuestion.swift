/// One question of a funder's form: what the form asks, and where its answer comes from.
public struct ReturnQuestion: Hashable, Sendable {
  /// The question as the form words it.
  public var ask: String
  /// Where the answer comes from.
  public var answer: ReturnAnswerSpec
  /// The line of the return file the question starts on (from 1).
  public var line: Int

  /// Creates a question.
  public init(ask: String, answer: ReturnAnswerSpec, line: Int) {
    self.ask = ask
    self.answer = answer
    self.line = line
  }
}
