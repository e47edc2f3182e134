/// The five high-level ethnic groups of the ONS 2021 Census classification (England and Wales).
public enum EthnicGroup: String, CaseIterable, Hashable, Sendable {
  case asian = "Asian"
  case black = "Black"
  case mixed = "Mixed"
  case white = "White"
  case other = "Other"

  /// The group label used in breakdowns (`Asian`, `Black`, `Mixed`, `White`, `Other`).
  public var label: String { rawValue }

  /// The group's full ONS 2021 heading, the prefix of its categories' full labels.
  public var heading: String {
    switch self {
    case .asian: return "Asian, Asian British or Asian Welsh"
    case .black: return "Black, Black British, Black Welsh, Caribbean or African"
    case .mixed: return "Mixed or Multiple ethnic groups"
    case .white: return "White"
    case .other: return "Other ethnic group"
    }
  }
}
