/// The published SWEMWBS raw-to-metric score conversion (University of Warwick).
///
/// SWEMWBS is © University of Warwick, NHS Health Scotland and the University of Edinburgh.
enum SWEMWBSConversion {
  /// Metric scores for raw totals 7 to 35, in order.
  static let metricScores: [Double] = [
    7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59,
    19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70,
    32.55, 35.00,
  ]

  /// The metric score of a raw total (7–35), or `nil` outside that range.
  static func metric(raw: Int) -> Double? {
    guard (7...35).contains(raw) else { return nil }
    return metricScores[raw - 7]
  }
}
