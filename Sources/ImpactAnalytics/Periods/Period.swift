import ImpactModel

/// A reporting period: a financial quarter, a financial year, a year to date, a custom range of
/// days, or `all` (every date).
///
/// Periods are made by a ``PeriodCalendar``, which knows when the financial year starts and so
/// how a period is labelled. Both ends are inclusive.
public struct Period: Hashable, Sendable {
  /// What sort of period this is; targets are matched on it (CONFIG.md: `quarter:`, `year:`,
  /// `ytd:`; a custom range gets only a plain target).
  public enum Kind: Hashable, Sendable {
    /// A financial quarter, `2025-26 Q2`.
    case quarter
    /// A whole financial year, `2025-26` (or `2025` when the year starts in January).
    case year
    /// From the start of a financial year to a day before its end, `2025-26 YTD`.
    case yearToDate
    /// Any other range of days, `2025-07-01..2025-09-30`.
    case custom
    /// Every date, `all` (the data-quality rows).
    case all
  }

  /// The label printed in every output: `2025-26 Q2`, `2025-26 YTD`, `2025-26`, `2025`,
  /// `2025-07-01..2025-09-30` or `all`.
  public let label: String
  /// The first day, inclusive; `nil` for `all`.
  public let start: Day?
  /// The last day, inclusive; `nil` for `all`.
  public let end: Day?
  /// What sort of period this is.
  public let kind: Kind

  /// Every date: the period of the data-quality rows.
  public static let all = Period(label: "all", start: nil, end: nil, kind: .all)

  init(label: String, start: Day?, end: Day?, kind: Kind) {
    self.label = label
    self.start = start
    self.end = end
    self.kind = kind
  }

  /// Whether `day` lies in the period (both ends included; every day lies in `all`).
  public func contains(_ day: Day) -> Bool {
    guard let start, let end else { return true }
    return start <= day && day <= end
  }

  /// The label made safe for a file or folder name, for the default output folder
  /// `reports/<fileSafeLabel>`.
  ///
  /// The rule: every character other than an ASCII letter, an ASCII digit or `-` becomes `-`.
  /// So `2025-26 Q2` → `2025-26-Q2`, `2025-26 YTD` → `2025-26-YTD`, `2025-26` and `all` stay
  /// as they are, and `2025-07-01..2025-09-30` → `2025-07-01--2025-09-30`.
  public var fileSafeLabel: String {
    String(
      decoding: label.utf8.map { byte in
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
          UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"):
          return byte
        default:
          return UInt8(ascii: "-")
        }
      }, as: UTF8.self)
  }
}
