import ImpactModel

/// Reads the `benchmarks:` section: per person field, the population share of each group label.
enum BenchmarksReader {
  /// The benchmark shares per person field, per group label.
  static func read(_ value: ConfigValue) throws(ConfigError) -> [PersonField: [String: Double]] {
    let fields = PersonField.breakdownFields.map(\.rawValue)
    let entries = try value.entries(
      accepting: fields, role: "a person field a benchmark can describe",
      expected: "benchmarks must be a section with one line per person field, such as "
        + "disability: { Disabled: 0.173 }")
    var benchmarks: [PersonField: [String: Double]] = [:]
    for entry in entries {
      let field = PersonField(rawValue: entry.key)!
      let groups = try entry.value.entries(
        accepting: nil,
        expected: "write each group's share of the population you serve, such as "
          + "{ \(field.labels.prefix(2).map { "\($0): 0.5" }.joined(separator: ", ")) }")
      var shares: [String: Double] = [:]
      for group in groups {
        guard let label = field.label(matching: group.key) else {
          throw .unknownKey(
            group.keyLocation, key: group.key, role: "a \(field.rawValue) group label",
            accepted: field.labels,
            suggestion: KeySuggestion.nearest(to: group.key, among: field.labels))
        }
        shares[label] = try group.value.share(
          advice: "write the group's share of the population you serve as a number from 0 to 1 "
            + "(17.3% is 0.173)")
      }
      benchmarks[field] = shares
    }
    return benchmarks
  }
}
