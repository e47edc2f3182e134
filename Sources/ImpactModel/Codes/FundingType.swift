/// What kind of income a funding line is.
public enum FundingType: String, CaseIterable, Hashable, Sendable {
  case grant
  case donation
  case sponsorship
  case earned
  case inKind = "in_kind"
  case other

  /// The code as written in outputs (`care_home`), equal to the raw value.
  public var code: String { rawValue }
}
