/// Whether a person identifies as disabled (including d/Deaf).
public enum Disability: String, CaseIterable, Hashable, Sendable {
  case disabled
  case notDisabled = "not_disabled"

  /// The group label used in breakdowns (`Disabled`, `Not disabled`).
  public var label: String {
    switch self {
    case .disabled: return "Disabled"
    case .notDisabled: return "Not disabled"
    }
  }
}
