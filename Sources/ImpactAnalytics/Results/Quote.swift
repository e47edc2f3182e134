import ImpactModel

/// A comment the respondent agreed may be quoted.
public struct Quote: Hashable, Sendable {
  /// The comment as written.
  public let text: String
  /// The programme it is about, if known.
  public let programme: String?
  /// The response date.
  public let day: Day

  /// Creates a quote.
  public init(text: String, programme: String?, day: Day) {
    self.text = text
    self.programme = programme
    self.day = day
  }

  /// The printable quotes of a period: comments with consent to quote, dated in it, in file
  /// order. A comment without consent is never returned.
  static func printable(
    _ feedback: FeedbackTable, text: StringPool, in period: Period, index: FeedbackIndex
  ) -> [Quote] {
    index.responses(in: period).compactMap { row in
      guard feedback.consentToQuote[row], feedback.comment[row] >= 0 else { return nil }
      let programme = feedback.programme[row]
      return Quote(
        text: text[feedback.comment[row]], programme: programme >= 0 ? text[programme] : nil,
        day: feedback.day[row])
    }
  }
}
