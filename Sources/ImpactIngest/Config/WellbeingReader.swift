import ImpactModel

/// Reads the `wellbeing:` section.
enum WellbeingReader {
  /// The keys the section accepts.
  static let acceptedKeys = [
    "swemwbs_meaningful_change", "wemwbs_meaningful_change", "wellby", "wellby_value",
    "wellby_price_index", "wellby_price_year", "adjustments", "norms",
  ]

  /// The settings `adjustments` accepts.
  static let adjustmentKeys = ["deadweight", "attribution"]

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
        settings.wemwbsMeaningfulChange = try positiveNumber(entry.value, example: "8")
      case "wellby":
        settings.wellby = try entry.value.flag(
          advice: "use true to add an indicative WELLBY value, or false")
      case "wellby_price_index":
        settings.wellbyPriceIndex = try positiveNumber(entry.value, example: "1.2")
      case "wellby_price_year":
        settings.wellbyPriceYear = try entry.value.count(
          advice: "use the year the price index brings values to, such as 2024")
      case "adjustments":
        for adjustment in try entry.value.entries(
          accepting: adjustmentKeys,
          expected: "write the shares taken off, such as { deadweight: 0.2, attribution: 0.1 }")
        {
          let share = try adjustment.value.share(
            advice: "write a share from 0 to 1 (20% is 0.2)")
          if adjustment.key == "deadweight" {
            settings.deadweight = share
          } else {
            settings.attribution = share
          }
        }
      case "norms":
        settings.norms = try NormsReader.read(entry.value)
      default:
        settings.wellbyValue = try positiveNumber(entry.value, example: "13000")
      }
    }
    return settings
  }

  static func positiveNumber(
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
