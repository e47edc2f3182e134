import ImpactModel

/// Reads the `targets:` section: per indicator id, a number or a map of period types.
enum TargetsReader {
  /// The keys a target written as a map accepts.
  static let acceptedKeys = ["quarter", "year", "ytd", "value", "direction"]

  /// The targets per indicator id.
  static func read(_ value: ConfigValue) throws(ConfigError) -> [IndicatorID: Target] {
    let entries = try value.entries(
      accepting: nil,
      expected: "targets must be a section with one line per indicator, such as sessions: 120")
    var targets: [IndicatorID: Target] = [:]
    for entry in entries {
      targets[IndicatorID(entry.key)] = try readTarget(entry.value)
    }
    return targets
  }

  private static func readTarget(_ value: ConfigValue) throws(ConfigError) -> Target {
    let numberAdvice = "write a number, such as 120 or 0.90"
    if case .scalar = value.node {
      return Target(value: try value.number(advice: numberAdvice))
    }
    let entries = try value.entries(
      accepting: acceptedKeys,
      expected:
        "write a number, or { quarter: …, year: …, ytd: … } or { value: …, direction: lower }"
    )
    var target = Target()
    for entry in entries {
      switch entry.key {
      case "quarter": target.quarter = try entry.value.number(advice: numberAdvice)
      case "year": target.year = try entry.value.number(advice: numberAdvice)
      case "ytd": target.yearToDate = try entry.value.number(advice: numberAdvice)
      case "value": target.value = try entry.value.number(advice: numberAdvice)
      default: target.direction = try readDirection(entry.value)
      }
    }
    guard
      target.value != nil || target.quarter != nil || target.year != nil
        || target.yearToDate != nil
    else {
      throw .missingKey(
        value.location, key: "value",
        advice: "give the target a number with value:, quarter:, year: or ytd:")
    }
    return target
  }

  private static func readDirection(_ value: ConfigValue) throws(ConfigError) -> Target.Direction {
    let advice =
      "use higher (met when the figure is at least the target, the default) or lower (met when "
      + "it is at most the target)"
    let text = try value.text(expected: advice)
    guard let direction = Target.Direction(rawValue: text.lowercased()) else {
      throw .invalidValue(
        value.location, value: text, problem: "is not a direction", advice: advice)
    }
    return direction
  }
}
