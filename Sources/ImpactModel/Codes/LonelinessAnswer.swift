/// An answer to the ONS direct loneliness question, "How often do you feel lonely?".
public enum LonelinessAnswer: String, CaseIterable, Hashable, Sendable {
  case oftenAlways = "often_always"
  case someOfTheTime = "some_of_the_time"
  case occasionally
  case hardlyEver = "hardly_ever"
  case never

  /// The code as written in outputs (`often_always`), equal to the raw value.
  public var code: String { rawValue }
}
