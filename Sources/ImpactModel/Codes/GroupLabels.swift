/// The group labels each person field can take in breakdowns, benchmarks and rules.
public enum GroupLabels {
  /// The labels of a person field by its name (`gender` → `Woman`, `Man` …); empty for a field
  /// whose values are free (`age`, `imd_decile`, `postcode`, extra columns).
  public static func labels(ofField name: String) -> [String] {
    switch name {
    case "age_band": return AgeBand.allCases.map(\.label)
    case "gender": return Gender.allCases.map(\.label)
    case "ethnicity_group": return EthnicGroup.allCases.map(\.label)
    case "ethnicity": return EthnicityCategory.allCases.map(\.label)
    case "disability": return Disability.allCases.map(\.label)
    case "imd_quintile": return (1...5).map { String($0) }
    default: return []
    }
  }
}
