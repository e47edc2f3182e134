/// A person's gender as the data records it.
public enum Gender: String, CaseIterable, Hashable, Sendable {
  case woman
  case man
  case nonBinary = "non_binary"
  case other

  /// The group label used in breakdowns (`Woman`, `Man`, `Non-binary`, `Other`).
  public var label: String {
    switch self {
    case .woman: return "Woman"
    case .man: return "Man"
    case .nonBinary: return "Non-binary"
    case .other: return "Other"
    }
  }
}
