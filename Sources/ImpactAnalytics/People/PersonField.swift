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
  public var labels: [String] { GroupLabels.labels(ofField: rawValue) }

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
