import ImpactModel

/// A field of a person's profile that breakdowns and priority-group rules read.
public enum PersonField: String, CaseIterable, Sendable {
  case ageBand = "age_band"
  case gender
  case ethnicityGroup = "ethnicity_group"
  case ethnicity
  case disability
  case imdQuintile = "imd_quintile"

  /// The name used in `group_by` and in the config.
  public var name: String { rawValue }

  /// The group labels the field can take (any text for a non-standard age band aside).
  public var labels: [String] {
    switch self {
    case .ageBand: return AgeBand.allCases.map(\.label)
    case .gender: return Gender.allCases.map(\.label)
    case .ethnicityGroup: return EthnicGroup.allCases.map(\.label)
    case .ethnicity: return EthnicityCategory.allCases.map(\.label)
    case .disability: return Disability.allCases.map(\.label)
    case .imdQuintile: return (1...5).map { String($0) }
    }
  }

  /// The group label a name stands for, matched ignoring case (`white` is `White`); the name
  /// itself when it matches none.
  public func label(matching name: String) -> String {
    labels.first { $0.lowercased() == name.lowercased() } ?? name
  }

  /// The fields whose completeness `data_completeness` reports.
  public static let completenessFields: [PersonField] = [
    .ageBand, .gender, .ethnicityGroup, .disability, .imdQuintile,
  ]
}
