/// Where a session took place.
public enum Setting: String, CaseIterable, Hashable, Sendable {
  case venue
  case school
  case community
  case hospital
  case careHome = "care_home"
  case prison
  case online
  case outdoor
  case other

  /// The code as written in outputs (`care_home`), equal to the raw value.
  public var code: String { rawValue }
}
