import ImpactFiles
import ImpactModel

/// The register of each programme in each financial year, laid out the way different staff
/// and booking systems would export it. Every header is a canonical name or an alias of
/// DATA.md (compared ignoring case, spaces and punctuation), except `Facilitator`, which a
/// reader lists as an unknown column.
enum AttendanceLayouts {
  /// The layout of `slug`'s register for financial year `year` (0 = 2024-25, 1 = 2025-26).
  static func layout(slug: String, year: Int) -> AttendanceLayout {
    switch (slug, year) {
    case ("young-creatives", 0):
      return AttendanceLayout(
        columns: [
          (.date, "Session date"), (.programme, "Project"), (.participantId, "Attendee ID"),
          (.activity, "Workshop"), (.venue, "Location"), (.setting, "Setting"),
          (.artForm, "Artform"), (.startTime, "Start time"), (.durationHours, "Hours"),
          (.capacity, "Places"), (.status, "Attended?"),
        ],
        dates: .ukSlash, statuses: .yesNo, settingWords: true,
        problem: .impossibleDate(from: Day(year: 2025, month: 2, day: 1)!))
    case ("young-creatives", _):
      return AttendanceLayout(
        columns: canonical([
          .sessionId, .date, .programme, .participantId, .activity, .venue, .setting, .artForm,
          .delivery, .startTime, .durationHours, .capacity, .status,
        ]),
        problem: .duplicateRow(from: Day(year: 2025, month: 10, day: 1)!))
    case ("youth-theatre", 0):
      return AttendanceLayout(
        columns: [
          (.date, "Date"), (.programme, "Programme"), (.participantId, "Participant ID"),
          (.activity, "Session title"), (.venue, "Venue"), (.setting, "Setting"),
          (.artForm, "Art form"), (.startTime, "Start time"), (.durationMinutes, "Minutes"),
          (.status, "Status"),
        ],
        dates: .dayMonthName, times: .twelveHour, statuses: .presence, settingWords: true,
        problem: .malformedQuote(from: Day(year: 2024, month: 11, day: 1)!))
    case ("youth-theatre", _):
      return AttendanceLayout(
        columns: [
          (.sessionId, "Session ID"), (.date, "Date"), (.programme, "Programme"),
          (.participantId, "Participant ID"), (.gender, "Gender"), (.dateOfBirth, "Date of birth"),
          (.postcode, "Postcode"), (.careExperienced, "Care experienced"),
          (.activity, "Activity"), (.venue, "Venue"), (.setting, "Setting"),
          (.startTime, "Start time"), (.durationHours, "Duration (hours)"), (.status, "Status"),
        ],
        dates: .ukSlash, statuses: .capitalised, settingWords: true)
    case ("memory-cafe", 0):
      return AttendanceLayout(
        columns: [
          (.date, "Date"), (.programme, "Programme"), (.participantId, "Participant ID"),
          (.activity, "Activity"), (.venue, "Venue"), (.setting, "Setting"),
          (.artForm, "Art form"), (.startTime, "Start time"),
          (.durationMinutes, "Duration (mins)"), (.status, "Attendance"),
          (.facilitator, "Facilitator"),
        ],
        format: CSVFormat(lineEnding: .crlf, encoding: .windows1252), dates: .ukSlash,
        statuses: .capitalised, settingWords: true)
    case ("memory-cafe", _):
      return AttendanceLayout(
        columns: [
          (.sessionId, "Event ID"), (.date, "Date"), (.programme, "Programme"),
          (.participantId, "Participant ID"), (.activity, "Activity"), (.venue, "Venue"),
          (.setting, "Setting"), (.startTime, "Start time"), (.durationHours, "Duration"),
          (.capacity, "Capacity"), (.status, "Status"),
        ],
        format: CSVFormat(
          delimiter: .tab, lineEnding: .crlf, encoding: .utf16LittleEndian),
        dates: .ukShort, statuses: .capitalised, settingWords: true)
    case ("hospital-arts", 0):
      return AttendanceLayout(
        columns: canonical([
          .date, .programme, .participantId, .activity, .venue, .setting, .artForm, .startTime,
          .durationMinutes, .status,
        ]),
        format: CSVFormat(delimiter: .semicolon))
    case ("hospital-arts", _):
      return AttendanceLayout(
        columns: [
          (.date, "Date attended"), (.programme, "Strand"), (.participantId, "Learner ID"),
          (.activity, "Event"), (.venue, "Site"), (.setting, "Setting"),
          (.artForm, "Discipline"), (.startTime, "Start time"), (.durationHours, "Length"),
          (.status, "Attended"),
        ],
        dates: .ukSlash,
        statuses: AttendanceLayout.StatusWords(
          attended: "yes", absent: "no", noShow: "no", cancelled: "cancelled"))
    case ("prison-voices", 0):
      return AttendanceLayout(
        columns: [
          (.date, "Date"), (.programme, "Programme"), (.participantId, "Participant ID"),
          (.activity, "Activity"), (.venue, "Venue"), (.setting, "Setting"),
          (.startTime, "Start time"), (.durationHours, "Hours"), (.status, "Status"),
        ],
        dates: .dayMonthName, statuses: .capitalised, settingWords: true,
        titleRow: "HMP Riverside \u{2013} Prison Voices register April 2024 to March 2025")
    case ("prison-voices", _):
      return AttendanceLayout(
        columns: [
          (.sessionId, "session_id"), (.date, "date"), (.programme, "programme"),
          (.participantId, "Member ID"), (.activity, "activity"), (.venue, "venue"),
          (.setting, "setting"), (.startTime, "start_time"), (.durationHours, "duration_hours"),
          (.status, "status"),
        ])
    case ("digital-art-club", 0):
      return AttendanceLayout(
        columns: [
          (.sessionId, "Event ID"), (.date, "Date"), (.programme, "Programme"),
          (.participantId, "Participant"), (.activity, "Activity"), (.venue, "Venue"),
          (.setting, "Setting"), (.delivery, "Mode"), (.startTime, "Start time"),
          (.durationMinutes, "Mins"), (.capacity, "Places"), (.status, "Status"),
        ],
        format: CSVFormat(lineEnding: .crlf), times: .twelveHour, settingWords: true)
    case ("digital-art-club", _):
      return AttendanceLayout(
        columns: canonical([
          .sessionId, .date, .programme, .participantId, .activity, .venue, .setting, .delivery,
          .startTime, .durationHours, .capacity, .status,
        ]),
        format: CSVFormat(encoding: .utf8WithBOM), dates: .ukSlash)
    case ("family-saturdays", 0):
      return AttendanceLayout(
        columns: [
          (.date, "Date"), (.programme, "Programme"), (.participantId, "Participant ID"),
          (.headcount, "Headcount"), (.activity, "Activity"), (.venue, "Venue"),
          (.setting, "Setting"), (.startTime, "Start time"), (.durationHours, "Duration"),
        ],
        dates: .ukSlash, times: .twelveHour, settingWords: true,
        problem: .unknownSetting(from: Day(year: 2024, month: 7, day: 1)!))
    default:
      return AttendanceLayout(
        columns: [
          (.date, "Date"), (.programme, "Project"), (.participantId, "Member ID"),
          (.headcount, "Number attending"), (.activity, "Workshop"), (.venue, "Location"),
          (.setting, "Setting"), (.startTime, "Start time"), (.durationHours, "Hours"),
        ],
        problem: .missingProgramme(from: Day(year: 2025, month: 6, day: 1)!))
    }
  }

  private static func canonical(_ columns: [AttendanceColumn]) -> [(
    column: AttendanceColumn, header: String
  )] {
    columns.map { ($0, $0.canonicalName) }
  }
}
