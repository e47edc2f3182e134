import ImpactModel
import Testing

@testable import ImpactAnalytics

struct PriorityRuleTestTests {
  /// Three people: P1 disabled, care-experienced; P2 not disabled; P3 unknown on both.
  private func participants() -> (ParticipantTable, StringPool) {
    var table = ParticipantTable()
    var text = StringPool()
    let care = table.extraField(named: "care_experienced")
    for id in ["P1", "P2", "P3"] { _ = table.index(for: id) }
    table.profiles[0].disability = .disabled
    table.profiles[1].disability = .notDisabled
    table.extraValues[care][0] = text.intern("yes")
    table.extraValues[care][1] = text.intern("no")
    return (table, text)
  }

  @Test func theFieldIsLookedUpOnceAmongPersonFieldsThenExtraColumns() {
    let (table, _) = participants()
    let disabled = PriorityRuleTest(
      PriorityGroupRule(
        id: "disabled", label: "Disabled", field: "disability", condition: .equals("Disabled")),
      participants: table)
    #expect(disabled.field == .disability)
    #expect(disabled.extraField == nil)
    let care = PriorityRuleTest(
      PriorityGroupRule(
        id: "care", label: "Care", field: "care_experienced", condition: .equals("yes")),
      participants: table)
    #expect(care.field == nil)
    #expect(care.extraField == 0)
    let missing = PriorityRuleTest(
      PriorityGroupRule(id: "x", label: "X", field: "shoe_size", condition: .equals("9")),
      participants: table)
    #expect(missing.field == nil)
    #expect(missing.extraField == nil)
  }

  @Test func aReadyRuleGivesWhatTheRuleGives() {
    let (table, text) = participants()
    let classifier = PersonClassifier(
      participants: table, text: text, firstAttended: [nil, nil, nil])
    let day = Day(year: 2025, month: 7, day: 1)!
    let rules = [
      PriorityGroupRule(
        id: "disabled", label: "Disabled", field: "disability", condition: .equals("disabled")),
      PriorityGroupRule(
        id: "care", label: "Care", field: "care_experienced", condition: .equals("YES")),
      PriorityGroupRule(id: "x", label: "X", field: "shoe_size", condition: .equals("9")),
    ]
    // Worked out by hand: P1 in both, P2 in neither, P3 not evaluable; shoe size never.
    let expected: [[Bool?]] = [[true, false, nil], [true, false, nil], [nil, nil, nil]]
    for (rule, answers) in zip(rules, expected) {
      let test = PriorityRuleTest(rule, participants: table)
      for person in 0..<3 {
        #expect(classifier.isIn(test, person: person, on: day) == answers[person])
        #expect(classifier.isIn(rule, person: person, on: day) == answers[person])
      }
    }
  }
}
