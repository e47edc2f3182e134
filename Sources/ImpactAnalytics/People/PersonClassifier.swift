import ImpactModel

/// Works out a person's groups on a given date: age and band, the labels of each person
/// field, and whether each priority-group rule holds.
struct PersonClassifier {
  let participants: ParticipantTable
  let text: StringPool
  /// The first attended date of each person in all the data.
  let firstAttended: [Day?]

  /// The person's age in whole years on `day`, from the most precise source: a date of
  /// birth, a birth year (the year of `day` minus it), or a stated age moved on by the whole
  /// years between the date it was stated for and `day`.
  func age(of person: Int, on day: Day) -> Int? {
    let profile = participants.profiles[person]
    if let dob = profile.dateOfBirth { return dob.wholeYears(to: day) }
    if let year = profile.birthYear { return day.year - Int(year) }
    if let age = profile.statedAge {
      guard let stated = profile.statedAgeDay ?? firstAttended[person] else { return Int(age) }
      let moved = Int(age) + stated.wholeYears(to: day)
      return moved >= 0 ? moved : nil
    }
    return nil
  }

  /// The person's age band on `day`: from the age when known, else the band given (a
  /// non-standard band as written).
  func ageBand(of person: Int, on day: Day) -> String? {
    if let age = age(of: person, on: day) { return AgeBand(age: age)?.label }
    let profile = participants.profiles[person]
    return profile.ageBand?.label ?? profile.nonstandardAgeBand
  }

  /// The group label of a person field on `day`, or `nil` when unknown.
  func label(_ field: PersonField, of person: Int, on day: Day) -> String? {
    let profile = participants.profiles[person]
    switch field {
    case .ageBand: return ageBand(of: person, on: day)
    case .gender: return profile.gender?.label
    case .ethnicityGroup: return profile.ethnicGroup?.label
    case .ethnicity: return profile.ethnicity?.label
    case .disability: return profile.disability?.label
    case .imdQuintile: return profile.imdQuintile.map { String($0) }
    case .age: return age(of: person, on: day).map { String($0) }
    case .imdDecile: return profile.imdDecile.map { String($0) }
    case .postcode: return profile.postcode
    }
  }

  /// Whether a priority-group rule holds for the person on `day`; `nil` when the fields it
  /// reads are unknown (the rule is not evaluable).
  func isIn(_ rule: PriorityGroupRule, person: Int, on day: Day) -> Bool? {
    isIn(PriorityRuleTest(rule, participants: participants), person: person, on: day)
  }

  /// Whether a rule made ready with ``PriorityRuleTest`` holds for the person on `day`; `nil`
  /// when the fields it reads are unknown (the rule is not evaluable).
  func isIn(_ test: PriorityRuleTest, person: Int, on day: Day) -> Bool? {
    let rule = test.rule
    let profile = participants.profiles[person]
    switch test.field {
    case .age:
      if let age = age(of: person, on: day) { return rule.condition.holds(number: Double(age)) }
      guard let band = profile.ageBand else { return nil }
      return rule.condition.holds(range: band.ageRange)
    case .imdDecile:
      return profile.imdDecile.map { rule.condition.holds(number: Double($0)) }
    case .imdQuintile:
      return profile.imdQuintile.map { rule.condition.holds(number: Double($0)) }
    case .ageBand: return ageBand(of: person, on: day).map { rule.condition.holds(label: $0) }
    case .gender: return profile.gender.map { rule.condition.holds(label: $0.label) }
    case .ethnicityGroup: return profile.ethnicGroup.map { rule.condition.holds(label: $0.label) }
    case .ethnicity:
      return profile.ethnicity.map {
        rule.condition.holds(label: $0.label) || rule.condition.holds(label: $0.name)
      }
    case .disability: return profile.disability.map { rule.condition.holds(label: $0.label) }
    case .postcode: return profile.postcode.map { rule.condition.holds(label: $0) }
    case nil:
      guard let field = test.extraField else { return nil }
      let id = participants.extraValues[field][person]
      guard id >= 0 else { return nil }
      let value = text[id]
      if case .range = rule.condition {
        guard let number = Double(value) else { return nil }
        return rule.condition.holds(number: number)
      }
      return rule.condition.holds(label: value)
    }
  }
}

extension PriorityGroupRule.Condition {
  /// Whether a label satisfies the condition (labels compare ignoring case).
  func holds(label: String) -> Bool {
    let key = label.lowercased()
    switch self {
    case .equals(let value): return value.lowercased() == key
    case .isIn(let values): return values.contains { $0.lowercased() == key }
    case .notIn(let values): return !values.contains { $0.lowercased() == key }
    case .range:
      return Double(label).map { holds(number: $0) } ?? false
    }
  }

  /// Whether a number satisfies the condition (`min` and `max` inclusive).
  func holds(number: Double) -> Bool {
    switch self {
    case .range(let min, let max):
      return (min.map { number >= $0 } ?? true) && (max.map { number <= $0 } ?? true)
    default:
      let text = number == number.rounded() ? String(Int(number)) : String(number)
      return holds(label: text)
    }
  }

  /// Whether every age in a band satisfies the condition (`true`), none does (`false`), or
  /// the band straddles the rule (`nil`: not evaluable).
  func holds(range: ClosedRange<Int>) -> Bool? {
    let low = Double(range.lowerBound)
    let high = Double(range.upperBound)
    if case .range(let min, let max) = self {
      let ruleLow = min ?? -.infinity
      let ruleHigh = max ?? .infinity
      if ruleLow <= low && high <= ruleHigh { return true }
      if high < ruleLow || low > ruleHigh { return false }
      return nil
    }
    let first = holds(number: low)
    return range.allSatisfy { holds(number: Double($0)) == first } ? first : nil
  }
}
