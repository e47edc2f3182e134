/// The outcome of reading an `ethnicity` cell.
enum EthnicityReading: Equatable, Sendable {
  /// A category or group of the ONS 2021 classification.
  case known(Ethnicity)
  /// A blank cell or a non-answer ("Prefer not to say").
  case unknown
  /// Text naming no ONS 2021 group or category. DATA.md keeps it as ``Ethnicity/unlisted``
  /// (Other: Any other ethnic group); the caller warns with `reason`, once per text.
  case unlisted(reason: String)

  /// The ethnicity to record: the one read, ``Ethnicity/unlisted`` for unlisted text, or
  /// `nil` when unknown.
  var ethnicity: Ethnicity? {
    switch self {
    case .known(let ethnicity): return ethnicity
    case .unknown: return nil
    case .unlisted: return .unlisted
    }
  }
}
