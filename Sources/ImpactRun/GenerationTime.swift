import Foundation

/// The "generated at" time of a report run.
public enum GenerationTime {
  /// `SOURCE_DATE_EPOCH` from `environment` when set (for reproducible outputs), else `now`.
  ///
  /// A `SOURCE_DATE_EPOCH` that is not a whole number of seconds is an error: silently using
  /// the clock would make outputs stop being reproducible.
  public static func date(
    environment: [String: String], now: Date = Date()
  ) throws(ReportRunError) -> Date {
    guard let text = environment["SOURCE_DATE_EPOCH"] else { return now }
    guard let seconds = Int(text) else { throw .sourceDateEpoch(text) }
    return Date(timeIntervalSince1970: Double(seconds))
  }

  /// The time as outputs print it: ISO 8601 in UTC.
  static func text(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
