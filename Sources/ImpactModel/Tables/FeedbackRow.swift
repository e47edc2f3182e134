/// One survey response on its way into a ``FeedbackTable``.
public struct FeedbackRow: Sendable {
  /// The date.
  public var day: Day
  /// The participant's index, or `-1` when anonymous.
  public var participant: Int32 = -1
  /// The programme's text id (or `-1`).
  public var programme: Int32 = -1
  /// Before, after or a single survey.
  public var stage: FeedbackStage = .single
  /// The SWEMWBS raw total (7–35).
  public var swemwbsRaw: Int8?
  /// The WEMWBS raw total (14–70).
  public var wemwbsRaw: Int8?
  /// ONS life satisfaction (0–10).
  public var onsLifeSatisfaction: Int8?
  /// ONS worthwhile (0–10).
  public var onsWorthwhile: Int8?
  /// ONS happiness yesterday (0–10).
  public var onsHappy: Int8?
  /// ONS anxiety yesterday (0–10).
  public var onsAnxious: Int8?
  /// Overall satisfaction (1–5).
  public var satisfaction: Int8?
  /// Likelihood to recommend (0–10).
  public var recommend: Int8?
  /// The answer to "How often do you feel lonely?".
  public var loneliness: LonelinessAnswer?
  /// The ONS three-item (UCLA) loneliness score (3–9).
  public var uclaRaw: Int8?
  /// The comment's text id, or `-1`.
  public var comment: Int32 = -1
  /// Whether the respondent agreed to be quoted.
  public var consentToQuote = false

  /// Creates a response dated `day` with every other column unknown.
  public init(day: Day) {
    self.day = day
  }
}

extension FeedbackTable {
  /// Appends a response.
  public mutating func append(_ row: FeedbackRow) {
    day.append(row.day)
    participant.append(row.participant)
    programme.append(row.programme)
    stage.append(row.stage)
    swemwbsRaw.append(row.swemwbsRaw)
    wemwbsRaw.append(row.wemwbsRaw)
    onsLifeSatisfaction.append(row.onsLifeSatisfaction)
    onsWorthwhile.append(row.onsWorthwhile)
    onsHappy.append(row.onsHappy)
    onsAnxious.append(row.onsAnxious)
    satisfaction.append(row.satisfaction)
    recommend.append(row.recommend)
    loneliness.append(row.loneliness)
    uclaRaw.append(row.uclaRaw)
    comment.append(row.comment)
    consentToQuote.append(row.consentToQuote)
  }
}
