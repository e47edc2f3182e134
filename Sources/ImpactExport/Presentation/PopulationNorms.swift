import ImpactModel

/// The population figures the baseline and ONS gaps compare with, as the reports name them:
/// the figure (one for everyone, or one per gender) and where it comes from (the source of a
/// shipped default, or "as set in impact.yml").
struct PopulationNorms: Sendable {
  let norms: [FeedbackMeasure: PopulationNorm]
  let labels: ReportLabels

  /// The measures with a norm, in the order of FeedbackMeasure.
  var measures: [FeedbackMeasure] { FeedbackMeasure.allCases.filter { norms[$0] != nil } }

  /// The figure: `7.45`, or `Man 23.7, Woman 23.2`.
  func figure(_ measure: FeedbackMeasure) -> String {
    guard let norm = norms[measure] else { return "–" }
    if let everyone = norm.everyone { return UKNumber.decimal(everyone, places: 2) }
    return Gender.allCases.compactMap { gender in
      norm.byGender[gender].map {
        labels("word.norm_for", ["gender": gender.label, "value": UKNumber.decimal($0, places: 1)])
      }
    }.joined(separator: ", ")
  }

  /// Where the figure comes from.
  func source(_ measure: FeedbackMeasure) -> String {
    guard let norm = norms[measure] else { return "" }
    return norm.isDefault
      ? labels["word.norm_source." + measure.rawValue] : labels["word.norm_source.configured"]
  }

  /// The name a measure's norm goes by: the scale's (`SWEMWBS`), or the ONS questions'.
  static func scaleName(_ measure: FeedbackMeasure, _ labels: ReportLabels) -> String {
    measure == .swemwbs || measure == .wemwbs
      ? labels["word.scale." + measure.rawValue] : labels["word.scale.ons"]
  }

  /// `SWEMWBS: Ng Fat et al. …; Life satisfaction: ONS …` for the measures given, each source
  /// once, named by the first measure that uses it (`names` names a measure).
  func sources(_ measures: [FeedbackMeasure], names: (FeedbackMeasure) -> String) -> String {
    var seen: Set<String> = []
    var parts: [String] = []
    for measure in measures where norms[measure] != nil {
      let source = source(measure)
      guard seen.insert(source).inserted else { continue }
      parts.append(labels("word.sources", ["measure": names(measure), "source": source]))
    }
    return parts.joined(separator: "; ")
  }
}
