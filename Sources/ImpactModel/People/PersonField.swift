/// A field of a person's profile that breakdowns, priority-group rules and benchmarks name.
///
/// The raw value is the name used in the config, in `group_by` and as the participants file's
/// canonical column.
public enum PersonField: String, CaseIterable, Hashable, Sendable {
  case age
  case ageBand = "age_band"
  case gender
  case ethnicityGroup = "ethnicity_group"
  case ethnicity
  case disability
  case imdDecile = "imd_decile"
  case imdQuintile = "imd_quintile"
  case postcode

  /// The name used in `group_by` and in the config.
  public var name: String { rawValue }

  /// The fields people are broken down by, in order; the ones a benchmark can describe.
  public static let breakdownFields: [PersonField] = [
    .ageBand, .gender, .ethnicityGroup, .ethnicity, .disability, .imdQuintile,
  ]

  /// The fields whose completeness `data_completeness` reports.
  public static let completenessFields: [PersonField] = [
    .ageBand, .gender, .ethnicityGroup, .disability, .imdQuintile,
  ]

  /// Whether the field holds a number, so `min` and `max` apply to it.
  public var isNumeric: Bool { self == .age || self == .imdDecile || self == .imdQuintile }

  /// The group labels the field's values take in breakdowns, benchmarks and rules (`gender` →
  /// `Woman`, `Man` …); empty for a field whose values are free (`age`, `imd_decile`,
  /// `postcode`).
  public var labels: [String] {
    switch self {
    case .ageBand: return AgeBand.allCases.map(\.label)
    case .gender: return Gender.allCases.map(\.label)
    case .ethnicityGroup: return EthnicGroup.allCases.map(\.label)
    case .ethnicity: return EthnicityCategory.allCases.map(\.label)
    case .disability: return Disability.allCases.map(\.label)
    case .imdQuintile: return (1...5).map { String($0) }
    case .age, .imdDecile, .postcode: return []
    }
  }

  /// The label a written value stands for, matched ignoring case; for `ethnicity` the category
  /// name alone (`Indian`) also stands for its full label. `nil` when it is not a label.
  public func label(matching written: String) -> String? {
    let wanted = written.lowercased()
    if let label = labels.first(where: { $0.lowercased() == wanted }) { return label }
    if self == .ethnicity {
      return EthnicityCategory.allCases.first { $0.rawValue.lowercased() == wanted }?.label
    }
    return nil
  }
}
