/// Whether a booked person came. Only `attended` rows count as attendances.
public enum AttendanceStatus: String, CaseIterable, Hashable, Sendable {
  case attended
  case absent
  case cancelled
  case booked
  /// A blank status cell, or a word that is no status: never an attendance.
  case unknown

  /// The code as written in outputs (`care_home`), equal to the raw value.
  public var code: String { rawValue }
}
