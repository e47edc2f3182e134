import ImpactModel

/// One funder's income lines and the programmes its restricted money paid for in a period, for
/// the funder summaries. Amounts are attributed as `income` is (INDICATORS.md, "Funding"), so a
/// funder's ``total`` equals its `income` row. Not an indicator: it stays out of
/// `indicators.csv`.
public struct FunderIncome: Hashable, Sendable {
  /// One income line of the funder.
  public struct Line: Hashable, Sendable {
    /// The grant reference, if any.
    public let reference: String?
    /// The programme the money is restricted to; `nil` for unrestricted income.
    public let programme: String?
    /// What kind of income it is.
    public let type: FundingType
    /// Where it stands.
    public let status: FundingStatus
    /// The whole amount of the line.
    public let amount: Double
    /// The part of the amount attributed to the period (0 for pending or declined lines).
    public let inPeriod: Double
    /// The first day the money pays for, or the line's single date.
    public let start: Day?
    /// The last day the money pays for, when the line has a span.
    public let end: Day?

    /// Creates a line.
    public init(
      reference: String?, programme: String?, type: FundingType, status: FundingStatus,
      amount: Double, inPeriod: Double, start: Day?, end: Day?
    ) {
      self.reference = reference
      self.programme = programme
      self.type = type
      self.status = status
      self.amount = amount
      self.inPeriod = inPeriod
      self.start = start
      self.end = end
    }
  }

  /// Money restricted to one programme.
  public struct ProgrammeAmount: Hashable, Sendable {
    /// The programme.
    public let programme: String
    /// The amount attributed to the period.
    public let amount: Double

    /// Creates a programme's share.
    public init(programme: String, amount: Double) {
      self.programme = programme
      self.amount = amount
    }
  }

  /// The funder's name, as trimmed.
  public let funder: String
  /// The lines attributed to the period, in file order.
  public let lines: [Line]
  /// Income restricted to each programme in the period, largest first (ties by name).
  public let programmes: [ProgrammeAmount]
  /// Unrestricted income attributed to the period.
  public let unrestricted: Double

  /// The funder's income in the period.
  public var total: Double { programmes.reduce(unrestricted) { $0 + $1.amount } }

  /// Creates a funder's account.
  public init(
    funder: String, lines: [Line], programmes: [ProgrammeAmount],
    unrestricted: Double
  ) {
    self.funder = funder
    self.lines = lines
    self.programmes = programmes
    self.unrestricted = unrestricted
  }

  /// Every funder with income attributed to `period`, by name (compared by code point).
  static func funders(_ funding: [FundingLine], text: StringPool, in period: Period)
    -> [FunderIncome]
  {
    var byFunder: [String: (lines: [Line], programmes: [String: Double], unrestricted: Double)] =
      [:]
    for line in funding {
      let share = FundingAttribution.amount(of: line, in: period)
      guard share != 0 else { continue }
      let funder = text[line.funder]
      let programme = line.programme >= 0 ? text[line.programme] : nil
      var entry = byFunder[funder] ?? ([], [:], 0)
      entry.lines.append(
        Line(
          reference: line.reference >= 0 ? text[line.reference] : nil, programme: programme,
          type: line.type, status: line.status, amount: line.amount, inPeriod: share,
          start: line.startDate ?? line.date, end: line.startDate == nil ? nil : line.endDate))
      if let programme {
        entry.programmes[programme, default: 0] += share
      } else {
        entry.unrestricted += share
      }
      byFunder[funder] = entry
    }
    return byFunder.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
      .map { funder in
        let entry = byFunder[funder]!
        let programmes = entry.programmes.sorted {
          $0.value != $1.value
            ? $0.value > $1.value
            : $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars)
        }.map { ProgrammeAmount(programme: $0.key, amount: $0.value) }
        return FunderIncome(
          funder: funder, lines: entry.lines, programmes: programmes,
          unrestricted: entry.unrestricted)
      }
  }
}

extension FunderIncome {
  /// Whether this is the funder a user named (`--funder`): the names match ignoring case.
  /// The one funder-name check, used to pick summaries and to reject an unknown funder.
  public func isNamed(_ name: String) -> Bool {
    funder.lowercased() == name.lowercased()
  }

  /// The funders of `funders` named `name` (ignoring case); empty when the funder is unknown.
  public static func named(_ name: String, in funders: [FunderIncome]) -> [FunderIncome] {
    funders.filter { $0.isNamed(name) }
  }
}
