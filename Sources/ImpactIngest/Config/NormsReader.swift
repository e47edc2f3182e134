import ImpactModel

/// Reads `wellbeing.norms`: per measure, a population average for everyone or a map of gender
/// labels (ignoring case). The section holds exactly its entries; `norms: {}` turns the
/// comparison off.
enum NormsReader {
  /// The measures a norm can be given for.
  static let measures: [FeedbackMeasure] = [
    .swemwbs, .wemwbs, .onsLifeSatisfaction, .onsWorthwhile, .onsHappy, .onsAnxious,
  ]

  static func read(_ value: ConfigValue) throws(ConfigError) -> [FeedbackMeasure: PopulationNorm] {
    let entries = try value.entries(
      accepting: measures.map(\.rawValue), role: "a measure a norm can be given for",
      expected: "write one population average per measure, such as ons_happy: 7.39 or "
        + "swemwbs: { Man: 23.7, Woman: 23.2 }")
    var norms: [FeedbackMeasure: PopulationNorm] = [:]
    for entry in entries {
      let measure = FeedbackMeasure(rawValue: entry.key)!
      let advice = "use a number, such as 7.39"
      if case .mapping = entry.value.node {
        let labels = Gender.allCases.map(\.label)
        var byGender: [Gender: Double] = [:]
        for group in try entry.value.entries(
          accepting: nil, expected: "write a norm per gender, such as { Man: 23.7, Woman: 23.2 }")
        {
          guard
            let gender = Gender.allCases.first(where: {
              $0.label.lowercased() == group.key.lowercased()
            })
          else {
            throw .unknownKey(
              group.keyLocation, key: group.key, role: "a gender label", accepted: labels,
              suggestion: KeySuggestion.nearest(to: group.key, among: labels))
          }
          byGender[gender] = try group.value.number(advice: advice)
        }
        norms[measure] = PopulationNorm(byGender: byGender)
      } else {
        norms[measure] = PopulationNorm(everyone: try entry.value.number(advice: advice))
      }
    }
    return norms
  }
}
