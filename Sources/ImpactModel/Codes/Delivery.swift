/// How a session was delivered.
public enum Delivery: String, CaseIterable, Hashable, Sendable {
  case inPerson = "in_person"
  case online
  case hybrid

  /// The code as written in outputs (`care_home`), equal to the raw value.
  public var code: String { rawValue }
}
