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

  /// The fields whose completeness `data_completeness` reports.
  public static let completenessFields: [PersonField] = [
    .ageBand, .gender, .ethnicityGroup, .disability, .imdQuintile,
  ]
}
