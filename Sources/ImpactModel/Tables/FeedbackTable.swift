/// Survey responses, stored column by column, in file order (files by path, then rows).
///
/// Scale scores are already computed: a response with any item of a scale missing or out of
/// range has no score for that scale. Duplicate `response_id`s are already collapsed.
public struct FeedbackTable: Sendable {
  /// The response date.
  public var day: [Day] = []
  /// The participant's index, or `-1` for an anonymous response.
  public var participant: [Int32] = []
  /// The programme's text id, or `-1`.
  public var programme: [Int32] = []
  /// Before, after or a single survey.
  public var stage: [FeedbackStage] = []
  /// The SWEMWBS raw total (7–35).
  public var swemwbsRaw: [Int8?] = []
  /// The WEMWBS raw total (14–70).
  public var wemwbsRaw: [Int8?] = []
  /// ONS life satisfaction (0–10).
  public var onsLifeSatisfaction: [Int8?] = []
  /// ONS worthwhile (0–10).
  public var onsWorthwhile: [Int8?] = []
  /// ONS happiness yesterday (0–10).
  public var onsHappy: [Int8?] = []
  /// ONS anxiety yesterday (0–10).
  public var onsAnxious: [Int8?] = []
  /// Overall satisfaction (1–5).
  public var satisfaction: [Int8?] = []
  /// Likelihood to recommend (0–10).
  public var recommend: [Int8?] = []
  /// The answer to "How often do you feel lonely?".
  public var loneliness: [LonelinessAnswer?] = []
  /// The ONS three-item (UCLA) loneliness score (3–9).
  public var uclaRaw: [Int8?] = []
  /// The comment's text id, or `-1`.
  public var comment: [Int32] = []
  /// Whether the respondent agreed to be quoted.
  public var consentToQuote: [Bool] = []

  /// Which measures appear as columns in any feedback file (an indicator whose input is
  /// absent from the data altogether has no rows).
  public var measuresPresent: Set<FeedbackMeasure> = []

  /// Creates an empty table.
  public init() {}

  /// The number of responses.
  public var count: Int { day.count }
}

/// A measure a feedback file can carry.
public enum FeedbackMeasure: String, CaseIterable, Hashable, Sendable {
  case swemwbs, wemwbs
  case onsLifeSatisfaction = "ons_life_satisfaction"
  case onsWorthwhile = "ons_worthwhile"
  case onsHappy = "ons_happy"
  case onsAnxious = "ons_anxious"
  case satisfaction, recommend
  /// The ONS direct loneliness question (`loneliness`).
  case loneliness
  /// The ONS three-item indirect loneliness measure (`ucla_1` … `ucla_3`).
  case ucla
}
