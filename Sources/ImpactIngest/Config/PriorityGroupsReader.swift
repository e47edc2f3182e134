import ImpactModel

/// Reads the `priority_groups:` list into rules.
enum PriorityGroupsReader {
  /// The keys a priority group accepts.
  static let acceptedKeys = [
    "id", "label", "field", "equals", "in", "not_in", "min", "max", "target", "benchmark",
  ]

  /// The rules of the list, in order; an empty list (or an empty value) gives none.
  static func read(_ value: ConfigValue) throws(ConfigError) -> [PriorityGroupRule] {
    let items = try value.items(
      expected: "priority_groups must be a list of groups, each starting with \"- id:\"")
    var rules: [PriorityGroupRule] = []
    var firstLineOfId: [String: Int] = [:]
    for item in items {
      let (rule, idLocation) = try readGroup(item)
      if let firstLine = firstLineOfId[rule.id.lowercased()] {
        throw .duplicatePriorityGroup(idLocation, id: rule.id, firstLine: firstLine)
      }
      firstLineOfId[rule.id.lowercased()] = idLocation.line
      rules.append(rule)
    }
    return rules
  }

  private static func readGroup(
    _ item: ConfigValue
  ) throws(ConfigError) -> (PriorityGroupRule, ConfigLocation) {
    let entries = try item.entries(
      accepting: acceptedKeys,
      expected: "each priority group is a set of settings: id, label, field and a rule")
    var values: [String: ConfigValue] = [:]
    for entry in entries { values[entry.key] = entry.value }
    func required(_ key: String, advice: String) throws(ConfigError) -> ConfigValue {
      guard let value = values[key] else {
        var location = item.location
        location.keyPath += ".\(key)"
        throw .missingKey(location, key: key, advice: advice)
      }
      return value
    }
    let idValue = try required(
      "id", advice: "add id: followed by a short name such as care_experienced")
    let id = try readId(idValue)
    // A group without a label is printed by its id.
    let label =
      try values["label"]?.nonEmptyText(
        expected: "write the group's name as reports should print it")
      ?? id
    let fieldName = try required(
      "field", advice: "add field: followed by the person field the rule reads, such as age"
    ).nonEmptyText(expected: "write the person field the rule reads, such as age")
    let field = PersonField.allCases.first {
      KeySuggestion.fold($0.rawValue) == KeySuggestion.fold(fieldName)
    }
    let condition = try readCondition(
      values, field: field, fieldName: field?.rawValue ?? fieldName, item: item)
    let target = try values["target"]?.share(
      advice: "write the share of participants you aim for as a number from 0 to 1 (40% is 0.40)")
    let benchmark = try values["benchmark"]?.share(
      advice: "write the group's share of the population you serve as a number from 0 to 1 "
        + "(30% is 0.30)")
    let rule = PriorityGroupRule(
      id: id, label: label, field: field?.rawValue ?? fieldName, condition: condition,
      target: target,
      benchmark: benchmark)
    return (rule, idValue.location)
  }

  private static func readId(_ value: ConfigValue) throws(ConfigError) -> String {
    let advice = "use letters, digits and underscores, such as care_experienced"
    let id = try value.nonEmptyText(expected: advice)
    let allowed = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || $0 == "_" || $0 == "-"
    }
    guard allowed else {
      throw .invalidValue(
        value.location, value: id, problem: "is not a usable id", advice: advice)
    }
    guard id.lowercased() != "any" else {
      throw .invalidValue(
        value.location, value: id,
        problem: "is reserved (priority_share:any counts people in any group)",
        advice: "choose another id")
    }
    return id
  }

  private static func readCondition(
    _ values: [String: ConfigValue], field: PersonField?, fieldName: String, item: ConfigValue
  ) throws(ConfigError) -> PriorityGroupRule.Condition {
    let ruleKeys = ["equals", "in", "not_in", "min", "max"].filter { values[$0] != nil }
    let labelForms = ruleKeys.filter { $0 != "min" && $0 != "max" }
    var location = item.location
    guard !ruleKeys.isEmpty else { throw .missingRule(location) }
    if labelForms.count > 1 || (labelForms.count == 1 && ruleKeys.count > 1) {
      throw .conflictingRule(location, keys: ruleKeys)
    }
    if let form = labelForms.first, let value = values[form] {
      let written: [String]
      if form == "equals" {
        written = [try value.nonEmptyText(expected: "write the label to compare with")]
      } else {
        written = try value.textList(expected: "write a list of labels such as [Asian, Black]")
        guard !written.isEmpty else {
          throw .invalidValue(
            value.location, value: "[]", problem: "lists no labels",
            advice: "write at least one label, such as [Asian, Black]")
        }
      }
      let labels = try written.map { text throws(ConfigError) in
        try canonicalLabel(text, field: field, value: value)
      }
      switch form {
      case "equals": return .equals(labels[0])
      case "in": return .isIn(labels)
      default: return .notIn(labels)
      }
    }
    if let field, !field.isNumeric {
      location.keyPath += ".\(ruleKeys[0])"
      location.line = values[ruleKeys[0]]?.location.line ?? location.line
      throw .numericRuleOnLabelField(location, field: fieldName, labels: field.labels)
    }
    let minimum = try values["min"]?.number(advice: "write a number, such as 65")
    let maximum = try values["max"]?.number(advice: "write a number, such as 19")
    if let minimum, let maximum, minimum > maximum, let maxValue = values["max"] {
      let written = try maxValue.text(expected: "write a number")
      throw .invalidValue(
        maxValue.location, value: written, problem: "is below min",
        advice: "make max at least min; both ends are included")
    }
    return .range(min: minimum, max: maximum)
  }

  private static func canonicalLabel(
    _ text: String, field: PersonField?, value: ConfigValue
  ) throws(ConfigError) -> String {
    guard let field, !field.labels.isEmpty else { return text }
    guard let label = field.label(matching: text) else {
      throw .invalidValue(
        value.location, value: text, problem: "is not a \(field.rawValue) label",
        advice: "use one of: \(field.labels.joined(separator: ", "))")
    }
    return label
  }
}
