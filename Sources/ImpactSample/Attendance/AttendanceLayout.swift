import ImpactFiles
import ImpactModel

/// How one attendance register is laid out: its header, encoding and value styles, and the
/// deliberate problem it carries, if any.
struct AttendanceLayout {
  /// A deliberate problem, put in the first row of the first session on or after a day (in
  /// the first group).
  enum Problem {
    /// The date is written as `31/02/2025`.
    case impossibleDate(from: Day)
    /// The row is written twice.
    case duplicateRow(from: Day)
    /// The activity is written `"Big" Band` (text after a closing quote).
    case malformedQuote(from: Day)
    /// The programme is left blank.
    case missingProgramme(from: Day)
    /// The setting is written `Bandstand`.
    case unknownSetting(from: Day)

    var from: Day {
      switch self {
      case .impossibleDate(let day), .duplicateRow(let day), .malformedQuote(let day),
        .missingProgramme(let day), .unknownSetting(let day):
        return day
      }
    }
  }

  /// The words for each status.
  struct StatusWords {
    var attended: String
    var absent: String
    var noShow: String
    var cancelled: String

    static let plain = StatusWords(
      attended: "attended", absent: "absent", noShow: "No show", cancelled: "cancelled")
    static let capitalised = StatusWords(
      attended: "Attended", absent: "Absent", noShow: "No show", cancelled: "Cancelled")
    static let presence = StatusWords(
      attended: "Present", absent: "Absent", noShow: "No show", cancelled: "Cancelled")
    static let yesNo = StatusWords(
      attended: "Yes", absent: "No", noShow: "No", cancelled: "Cancelled")
  }

  /// The columns in order, each with its header text.
  var columns: [(column: AttendanceColumn, header: String)]
  var format = CSVFormat()
  var dates = DateStyle.iso
  var times = TimeStyle.twentyFourHour
  var statuses = StatusWords.plain
  /// Whether settings are written as words (`Care home`) rather than codes (`care_home`).
  var settingWords = false
  /// A title line above the header.
  var titleRow: String?
  var problem: Problem?

  /// Whether the register records absences (a register without a status column lists only
  /// the people who came).
  var hasStatus: Bool { columns.contains { $0.column == .status } }

  /// Whether the register carries participant columns (a flat export).
  var hasProfileColumns: Bool {
    columns.contains {
      switch $0.column {
      case .gender, .dateOfBirth, .postcode, .careExperienced: return true
      default: return false
      }
    }
  }

  /// The text of a setting in this register.
  func settingText(_ setting: Setting) -> String {
    guard settingWords else { return setting.code }
    switch setting {
    case .careHome: return "Care home"
    default:
      let code = setting.code
      return code.prefix(1).uppercased() + code.dropFirst()
    }
  }
}
