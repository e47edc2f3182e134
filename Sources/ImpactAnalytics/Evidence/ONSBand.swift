import ImpactModel

/// A band of answers to an ONS personal wellbeing question (INDICATORS.md, "Deeper evidence").
public struct ONSBand: Sendable {
  /// The band's group label (`low`, `very_high` …).
  public let name: String
  /// The answers (0–10) it holds.
  public let answers: ClosedRange<Int>

  /// Life satisfaction, worthwhile and happiness: low 0–4, medium 5–6, high 7–8, very high 9–10.
  static let positive = [
    ONSBand(name: "low", answers: 0...4), ONSBand(name: "medium", answers: 5...6),
    ONSBand(name: "high", answers: 7...8), ONSBand(name: "very_high", answers: 9...10),
  ]

  /// Anxiety: very low 0–1, low 2–3, medium 4–5, high 6–10.
  static let anxiety = [
    ONSBand(name: "very_low", answers: 0...1), ONSBand(name: "low", answers: 2...3),
    ONSBand(name: "medium", answers: 4...5), ONSBand(name: "high", answers: 6...10),
  ]

  /// The bands of a measure's answers, lowest answers first.
  public static func bands(for measure: FeedbackMeasure) -> [ONSBand] {
    measure == .onsAnxious ? anxiety : positive
  }

  /// Every band name, lowest first: the order reports list a `band` breakdown in.
  static let readingOrder = ["very_low", "low", "medium", "high", "very_high"].map { Group($0) }
}
