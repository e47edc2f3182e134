/// One income line: a grant, donation, award or application.
public struct FundingLine: Hashable, Sendable {
  /// The funder's text id.
  public var funder: Int32
  /// The amount, never negative.
  public var amount: Double
  /// The grant reference's text id, or `-1`.
  public var reference: Int32 = -1
  /// The programme's text id, or `-1` for unrestricted (core) income.
  public var programme: Int32 = -1
  /// What kind of income it is.
  public var type: FundingType = .grant
  /// Where it stands.
  public var status: FundingStatus = .awarded
  /// The first day of the period the money pays for.
  public var startDate: Day?
  /// The last day of the period the money pays for.
  public var endDate: Day?
  /// The date of a one-off line with no period.
  public var date: Day?

  /// Creates an awarded grant line with no dates.
  public init(funder: Int32, amount: Double) {
    self.funder = funder
    self.amount = amount
  }
}
