import ImpactIngest
import Testing

@Suite("impact.yml errors: priority groups")
struct PriorityGroupErrorTests {
  /// A valid first group (lines 1–5) followed by `second`, whose lines start at line 6.
  private func groups(_ second: String) -> String {
    """
    priority_groups:
      - id: a
        label: A
        field: age
        min: 5
    \(second)
    """
  }

  @Test(
    "A group without id or field names the missing key",
    arguments: [
      ("  - label: B\n    field: age\n    max: 5\n", "id"),
      ("  - id: b\n    label: B\n    max: 5\n", "field"),
    ])
  func missingKey(second: String, key: String) throws {
    let error = try #require(ConfigTestSupport.error(groups(second)))
    guard case .missingKey(let location, let missing, _) = error else {
      Issue.record("expected a missing key, got \(error)")
      return
    }
    #expect(location.line == 6)
    #expect(location.keyPath == "priority_groups[2].\(key)")
    #expect(missing == key)
  }

  @Test("A group without a label is printed by its id")
  func labelDefaultsToId() throws {
    let configuration = try ConfigLoader(knownColumns: [:]).load(
      yaml: groups("  - id: carers\n    field: carer\n    equals: yes\n"), path: "impact.yml")
    #expect(configuration.priorityGroups.map(\.label) == ["A", "carers"])
  }

  @Test("Two groups with the same id (ignoring case)")
  func duplicateId() throws {
    let error = try #require(
      ConfigTestSupport.error(groups("  - id: A\n    label: B\n    field: age\n    max: 5\n")))
    #expect(
      error.description
        == "impact.yml, line 6, key priority_groups[2].id: \"A\" is already the id of the "
        + "priority group on line 2; give each priority group its own id.")
  }

  @Test("A group with no rule")
  func missingRule() throws {
    let error = try #require(
      ConfigTestSupport.error(groups("  - id: b\n    label: B\n    field: gender\n")))
    #expect(
      error.description
        == "impact.yml, line 6, key priority_groups[2]: this priority group has no rule; add one "
        + "of equals, in, not_in (compare labels) or min and/or max (compare numbers).")
  }

  @Test(
    "Rule forms that cannot go together",
    arguments: [
      ("  - id: b\n    label: B\n    field: age\n    equals: 5\n    min: 3\n", ["equals", "min"]),
      (
        "  - id: b\n    label: B\n    field: gender\n    in: [Woman]\n    not_in: [Man]\n",
        ["in", "not_in"]
      ),
      (
        "  - id: b\n    label: B\n    field: age\n    max: 3\n    not_in: [1]\n", ["not_in", "max"]
      ),
    ])
  func conflictingRule(second: String, keys: [String]) throws {
    let error = try #require(ConfigTestSupport.error(groups(second)))
    #expect(error == .conflictingRule(location(line: 6, path: "priority_groups[2]"), keys: keys))
    #expect(error.description.contains("combines \(keys[0]) and \(keys[1])"))
  }

  @Test("min on gender is refused, saying which labels to use")
  func minOnGender() throws {
    let error = try #require(
      ConfigTestSupport.error(groups("  - id: b\n    label: B\n    field: gender\n    min: 5\n")))
    #expect(
      error.description
        == "impact.yml, line 9, key priority_groups[2].min: min and max compare numbers, but "
        + "gender holds labels, not numbers; use equals, in or not_in with its labels (Woman, "
        + "Man, Non-binary, Other), or a numeric field (age, imd_decile, imd_quintile).")
  }

  @Test("max on postcode is refused; min on an extra column is fine")
  func rangeFields() throws {
    let postcode = try #require(
      ConfigTestSupport.error(groups("  - id: b\n    label: B\n    field: postcode\n    max: 5\n")))
    guard case .numericRuleOnLabelField(let location, let field, let labels) = postcode else {
      Issue.record("expected a numeric rule on a label field, got \(postcode)")
      return
    }
    #expect(location.keyPath == "priority_groups[2].max")
    #expect(field == "postcode")
    #expect(labels.isEmpty)
    #expect(
      ConfigTestSupport.error(
        groups("  - id: b\n    label: B\n    field: visits_last_year\n    min: 2\n")) == nil)
  }

  @Test(
    "Values in a group that are not accepted",
    arguments: [
      ("  - id: b\n    label: B\n    field: age\n    min: old\n", 9, "min", "old"),
      ("  - id: b\n    label: B\n    field: age\n    min: 30\n    max: 20\n", 10, "max", "20"),
      ("  - id: b\n    label: B\n    field: age\n    min: 3\n    target: 40\n", 10, "target", "40"),
      (
        "  - id: b\n    label: B\n    field: age\n    min: 3\n    target: 30%\n", 10, "target",
        "30%"
      ),
      (
        "  - id: b\n    label: B\n    field: age\n    min: 3\n    benchmark: -0.1\n", 10,
        "benchmark",
        "-0.1"
      ),
      ("  - id: b\n    label: B\n    field: disability\n    equals: Yes\n", 9, "equals", "Yes"),
      (
        "  - id: b\n    label: B\n    field: ethnicity_group\n    in: [Asian, Blak]\n", 9, "in",
        "Blak"
      ),
      ("  - id: b\n    label: B\n    field: gender\n    not_in: []\n", 9, "not_in", "[]"),
      ("  - id: care leavers\n    label: B\n    field: age\n    min: 3\n", 6, "id", "care leavers"),
      ("  - id: any\n    label: B\n    field: age\n    min: 3\n", 6, "id", "any"),
    ])
  func invalidValue(second: String, line: Int, key: String, value: String) throws {
    let error = try #require(ConfigTestSupport.error(groups(second)))
    guard case .invalidValue(let location, let found, _, _) = error else {
      Issue.record("expected an invalid value, got \(error)")
      return
    }
    #expect(location.line == line)
    #expect(location.keyPath == "priority_groups[2].\(key)")
    #expect(found == value)
  }

  @Test("A share outside 0-1 says how to write one")
  func shareMessage() throws {
    let error = try #require(
      ConfigTestSupport.error(
        groups("  - id: b\n    label: B\n    field: age\n    min: 3\n    target: 40\n")))
    #expect(
      error.description
        == "impact.yml, line 10, key priority_groups[2].target: \"40\" is not a share between 0 "
        + "and 1; write the share of participants you aim for as a number from 0 to 1 "
        + "(40% is 0.40).")
  }

  @Test("An unknown key in a group suggests the near miss")
  func unknownKey() throws {
    let error = try #require(
      ConfigTestSupport.error(groups("  - id: b\n    label: B\n    field: age\n    mx: 3\n")))
    guard case .unknownKey(let location, let key, _, let accepted, let suggestion) = error else {
      Issue.record("expected an unknown key, got \(error)")
      return
    }
    #expect(location.line == 9)
    #expect(location.keyPath == "priority_groups[2].mx")
    #expect(key == "mx")
    #expect(suggestion == "max")
    #expect(
      accepted == [
        "id", "label", "field", "equals", "in", "not_in", "min", "max", "target", "benchmark",
      ])
  }

  @Test(
    "priority_groups must be a list of groups",
    arguments: [
      ("priority_groups:\n  id: a\n  label: A\n", 2, "priority_groups"),
      ("priority_groups:\n  - imd_1_3\n", 2, "priority_groups[1]"),
      (
        "priority_groups:\n  - id: a\n    label: A\n    field: gender\n    equals: [Woman]\n", 5,
        "priority_groups[1].equals"
      ),
    ])
  func wrongType(yaml: String, line: Int, path: String) throws {
    let error = try #require(ConfigTestSupport.error(yaml))
    guard case .wrongType(let location, _, _) = error else {
      Issue.record("expected a wrong type, got \(error)")
      return
    }
    #expect(location.line == line)
    #expect(location.keyPath == path)
  }

  private func location(line: Int, path: String) -> ConfigLocation {
    ConfigLocation(file: "impact.yml", line: line, column: 5, keyPath: path)
  }
}
