import ImpactModel

/// The outcome of reading an `age_band` cell.
enum AgeBandReading: Equatable, Sendable {
  /// One of the ten standard bands.
  case band(AgeBand)
  /// A blank cell or a non-answer.
  case unknown
  /// A band that does not fit the standard ones (`18-25`), or other text; DATA.md keeps it
  /// as written and reports it.
  case nonStandard(written: String)

  /// The plain-words reason a non-standard band is reported, or `nil`.
  var reason: String? {
    guard case .nonStandard(let written) = self else { return nil }
    return "`\(written)` is not one of the age bands "
      + AgeBand.allCases.map(\.label).joined(separator: ", ") + "; kept as written"
  }
}
