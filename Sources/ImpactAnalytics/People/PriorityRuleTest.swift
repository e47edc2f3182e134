import ImpactModel

/// A priority-group rule made ready to be tested on many people: the field it reads is
/// looked up once, not once a person.
struct PriorityRuleTest {
  /// The rule.
  let rule: PriorityGroupRule
  /// The person field the rule reads, or `nil` when it reads an extra column of the
  /// participants file (or a field there is none of).
  let field: PersonField?
  /// The extra column's position in ``ParticipantTable/extraFieldNames`` when the rule reads
  /// one; `nil` for a person field or a column the file does not have.
  let extraField: Int?

  /// Looks up the field of `rule` among the person fields, then the extra columns of
  /// `participants`.
  init(_ rule: PriorityGroupRule, participants: ParticipantTable) {
    self.rule = rule
    field = PersonField(rawValue: rule.field)
    extraField = field == nil ? participants.extraFieldNames.firstIndex(of: rule.field) : nil
  }
}
