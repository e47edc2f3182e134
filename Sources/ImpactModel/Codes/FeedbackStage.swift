/// When a survey response was given relative to the programme.
public enum FeedbackStage: String, CaseIterable, Hashable, Sendable {
  case pre
  case post
  case single

  /// The code as written in outputs (`care_home`), equal to the raw value.
  public var code: String { rawValue }
}
