import ImpactModel

/// Reads the `wellbeing:` section.
enum WellbeingReader {
  /// The keys the section accepts.
  static let acceptedKeys = [
    "swemwbs_meaningful_change", "wemwbs_meaningful_change", "wellby", "wellby_value",
  ]

  /// The wellbeing settings, with defaults for keys not given.
  static func read(_ value: ConfigValue) throws(ConfigError) -> WellbeingSettings {
    var settings = WellbeingSettings()
    let entries = try value.entries(
      accepting: acceptedKeys, expected: "write wellbeing settings such as wellby: false")
    for entry in entries {
      switch entry.key {
      case "swemwbs_meaningful_change":
        settings.swemwbsMeaningfulChange = try positiveNumber(entry.value, example: "3")
      case "wemwbs_meaningful_change":
        settings.wemwbsMeaningfulChange = try positiveNumber(entry.value, example: "3")
      case "wellby":
        settings.wellby = try entry.value.flag(
          advice: "use true to add an indicative WELLBY value, or false")
      default:
        settings.wellbyValue = try positiveNumber(entry.value, example: "13000")
      }
    }
    return settings
  }

  private static func positiveNumber(
    _ value: ConfigValue, example: String
  ) throws(ConfigError) -> Double {
    let advice = "use a number above 0, such as \(example)"
    let number = try value.number(advice: advice)
    guard number > 0 else {
      throw .invalidValue(
        value.location, value: try value.text(expected: advice), problem: "is not above 0",
        advice: advice)
    }
    return number
  }
}
