/// A priority ("hard to reach") group: who is in it, and what the organisation aims for.
public struct PriorityGroupRule: Hashable, Sendable {
  /// The stable id (`imd_1_3`), the group label in breakdowns.
  public var id: String
  /// The plain-words label.
  public var label: String
  /// The person field the rule reads (`age`, `imd_decile`, `ethnicity_group`, an extra column …).
  public var field: String
  /// The condition on that field.
  public var condition: Condition
  /// The share of participants aimed for.
  public var target: Double?
  /// The share in the population served.
  public var benchmark: Double?

  /// A rule's test. `min` and `max` may be combined into a range.
  public enum Condition: Hashable, Sendable {
    /// The field's label equals this, ignoring case.
    case equals(String)
    /// The field's label is one of these, ignoring case.
    case isIn([String])
    /// The field's label is none of these, ignoring case.
    case notIn([String])
    /// The field's number lies in this inclusive range (either end may be open).
    case range(min: Double?, max: Double?)
  }

  /// Creates a rule.
  public init(
    id: String, label: String, field: String, condition: Condition, target: Double? = nil,
    benchmark: Double? = nil
  ) {
    self.id = id
    self.label = label
    self.field = field
    self.condition = condition
    self.target = target
    self.benchmark = benchmark
  }

  /// The five groups used when the config names none.
  public static let defaults: [PriorityGroupRule] = [
    PriorityGroupRule(
      id: "imd_1_3", label: "People living in the 30% most deprived areas",
      field: PersonField.imdDecile.name,
      condition: .range(min: nil, max: 3)),
    PriorityGroupRule(
      id: "disabled", label: "Disabled people", field: PersonField.disability.name,
      condition: .equals("Disabled")),
    PriorityGroupRule(
      id: "ethnically_diverse", label: "Black, Asian and other ethnically diverse people",
      field: PersonField.ethnicityGroup.name,
      condition: .isIn(["Asian", "Black", "Mixed", "Other"])),
    PriorityGroupRule(
      id: "children_young_people", label: "Children and young people (0-19)",
      field: PersonField.age.name,
      condition: .range(min: nil, max: 19)),
    PriorityGroupRule(
      id: "older_people", label: "Older people (65+)", field: PersonField.age.name,
      condition: .range(min: 65, max: nil)),
  ]
}
