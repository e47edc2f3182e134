/// One survey response on its way into a ``FeedbackTable``.
public struct FeedbackRow: Sendable {
  public var day: Day
  public var participant: Int32 = -1
  public var programme: Int32 = -1
  public var stage: FeedbackStage = .single
  public var swemwbsRaw: Int8?
  public var wemwbsRaw: Int8?
  public var onsLifeSatisfaction: Int8?
  public var onsWorthwhile: Int8?
  public var onsHappy: Int8?
  public var onsAnxious: Int8?
  public var satisfaction: Int8?
  public var recommend: Int8?
  public var comment: Int32 = -1
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
    comment.append(row.comment)
    consentToQuote.append(row.consentToQuote)
  }
}
