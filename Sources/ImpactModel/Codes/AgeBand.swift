/// The age bands used in breakdowns.
public enum AgeBand: String, CaseIterable, Hashable, Sendable {
  case age0to4 = "0-4"
  case age5to11 = "5-11"
  case age12to15 = "12-15"
  case age16to19 = "16-19"
  case age20to24 = "20-24"
  case age25to34 = "25-34"
  case age35to49 = "35-49"
  case age50to64 = "50-64"
  case age65to74 = "65-74"
  case age75plus = "75+"

  /// The group label used in breakdowns, the band as written (`25-34`).
  public var label: String { rawValue }

  /// The youngest age in the band.
  public var lowerAge: Int { ageRange.lowerBound }

  /// The ages the band covers; `75+` covers up to 120.
  public var ageRange: ClosedRange<Int> {
    switch self {
    case .age0to4: return 0...4
    case .age5to11: return 5...11
    case .age12to15: return 12...15
    case .age16to19: return 16...19
    case .age20to24: return 20...24
    case .age25to34: return 25...34
    case .age35to49: return 35...49
    case .age50to64: return 50...64
    case .age65to74: return 65...74
    case .age75plus: return 75...120
    }
  }

  /// The band holding an age in years, or `nil` for a negative age.
  public init?(age: Int) {
    guard
      let band = AgeBand.allCases.first(where: { $0.ageRange.contains(age) })
        ?? (age > 120 ? .age75plus : nil)
    else { return nil }
    self = band
  }
}
