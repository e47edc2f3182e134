import ImpactModel

/// The person fields a priority-group rule or a benchmark can name, with what they hold.
enum PersonField: String, CaseIterable {
  case age
  case ageBand = "age_band"
  case gender
  case ethnicityGroup = "ethnicity_group"
  case ethnicity
  case disability
  case imdDecile = "imd_decile"
  case imdQuintile = "imd_quintile"
  case postcode

  /// The fields people are broken down by, which are the ones a benchmark can describe.
  static let breakdownFields: [PersonField] = [
    .ageBand, .gender, .ethnicityGroup, .ethnicity, .disability, .imdQuintile,
  ]

  /// Whether the field holds a number, so `min` and `max` apply to it.
  var isNumeric: Bool { self == .age || self == .imdDecile || self == .imdQuintile }

  /// The group labels the field's values are compared with, or empty when any text is possible.
  var labels: [String] { GroupLabels.labels(ofField: rawValue) }

  /// The label a written value stands for, matched ignoring case; for `ethnicity` the category
  /// name alone (`Indian`) also stands for its full label. `nil` when it is not a label.
  func label(matching written: String) -> String? {
    let wanted = written.lowercased()
    if let label = labels.first(where: { $0.lowercased() == wanted }) { return label }
    if self == .ethnicity {
      return EthnicityCategory.allCases.first { $0.rawValue.lowercased() == wanted }?.label
    }
    return nil
  }
}
