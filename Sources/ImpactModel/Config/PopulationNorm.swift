/// An adult population average a measure's responses are compared with (`wellbeing.norms`):
/// one figure for everyone, or one per gender.
public struct PopulationNorm: Hashable, Sendable {
  /// The norm for everyone, when a single one is given.
  public var everyone: Double?
  /// The norms per gender, when given per gender.
  public var byGender: [Gender: Double]
  /// Whether this is the norm shipped as a default (whose source the reports print), rather
  /// than one set in `impact.yml`.
  public var isDefault: Bool

  /// A single norm for everyone.
  public init(everyone: Double, isDefault: Bool = false) {
    self.everyone = everyone
    byGender = [:]
    self.isDefault = isDefault
  }

  /// A norm per gender; a respondent of another or unknown gender has none.
  public init(byGender: [Gender: Double], isDefault: Bool = false) {
    everyone = nil
    self.byGender = byGender
    self.isDefault = isDefault
  }

  /// The norm that applies to a respondent of `gender` (nil when unknown), if any.
  public func value(for gender: Gender?) -> Double? {
    if let everyone { return everyone }
    return gender.flatMap { byGender[$0] }
  }

  /// The defaults of CONFIG.md: SWEMWBS (Ng Fat et al. 2017, Health Survey for England
  /// 2010–13, 16+, metric score), WEMWBS (Health Survey for England 2016, 16+) and the four
  /// ONS personal wellbeing questions (ONS, UK, April 2022 to March 2023).
  public static let defaults: [FeedbackMeasure: PopulationNorm] = [
    .swemwbs: PopulationNorm(byGender: [.man: 23.7, .woman: 23.2], isDefault: true),
    .wemwbs: PopulationNorm(byGender: [.man: 50.1, .woman: 49.6], isDefault: true),
    .onsLifeSatisfaction: PopulationNorm(everyone: 7.45, isDefault: true),
    .onsWorthwhile: PopulationNorm(everyone: 7.73, isDefault: true),
    .onsHappy: PopulationNorm(everyone: 7.39, isDefault: true),
    .onsAnxious: PopulationNorm(everyone: 3.23, isDefault: true),
  ]
}
