/// Where a funding line stands.
public enum FundingStatus: String, CaseIterable, Hashable, Sendable {
  case awarded
  case received
  case pending
  case declined

  /// The code as written in outputs (`care_home`), equal to the raw value.
  public var code: String { rawValue }
}
