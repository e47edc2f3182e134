import ImpactModel

/// A quarter of a financial year, independent of the calendar's start month: the year is
/// named by the calendar year it starts in (2025 for `2025-26`), the quarter by its number.
///
/// Quarters order chronologically. A ``PeriodCalendar`` turns a quarter into its days and
/// label with ``PeriodCalendar/period(of:)``.
public struct FinancialQuarter: Hashable, Comparable, Sendable {
  /// The calendar year the financial year starts in: 2025 for `2025-26` (and for `2025`).
  public let financialYear: Int
  /// The quarter's number, 1–4; Q1 is the first three months from the start month.
  public let number: Int

  /// Creates a quarter; `number` must be 1–4.
  public init(financialYear: Int, number: Int) {
    precondition((1...4).contains(number), "a quarter's number is 1-4")
    self.financialYear = financialYear
    self.number = number
  }

  /// The quarter's position in the sequence of all quarters: consecutive quarters have
  /// consecutive indexes.
  var sequenceIndex: Int { financialYear * 4 + number - 1 }

  init(sequenceIndex: Int) {
    let year = Day.floorDivide(sequenceIndex, 4)
    self.init(financialYear: year, number: sequenceIndex - year * 4 + 1)
  }

  /// The quarter before this one (Q4 of the previous year before a Q1).
  public var previous: FinancialQuarter { FinancialQuarter(sequenceIndex: sequenceIndex - 1) }

  /// The quarter after this one (Q1 of the next year after a Q4).
  public var next: FinancialQuarter { FinancialQuarter(sequenceIndex: sequenceIndex + 1) }

  public static func < (lhs: FinancialQuarter, rhs: FinancialQuarter) -> Bool {
    lhs.sequenceIndex < rhs.sequenceIndex
  }
}
