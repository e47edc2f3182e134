import ImpactModel

/// The columns an attendance register in the sample can have.
enum AttendanceColumn {
  case sessionId
  case date
  case programme
  case participantId
  case headcount
  case activity
  case venue
  case setting
  case artForm
  case delivery
  case startTime
  case durationHours
  case durationMinutes
  case capacity
  case status
  case facilitator
  case gender
  case dateOfBirth
  case postcode
  case careExperienced

  /// The canonical column name of DATA.md (or the priority-group column), for problem records.
  var canonicalName: String {
    switch self {
    case .sessionId: return Column.sessionID.name
    case .date: return Column.date.name
    case .programme: return Column.programme.name
    case .participantId: return Column.participantID.name
    case .headcount: return Column.headcount.name
    case .activity: return Column.activity.name
    case .venue: return Column.venue.name
    case .setting: return Column.setting.name
    case .artForm: return Column.artForm.name
    case .delivery: return Column.delivery.name
    case .startTime: return Column.startTime.name
    case .durationHours: return Column.durationHours.name
    case .durationMinutes: return Column.durationMinutes.name
    case .capacity: return Column.capacity.name
    case .status: return Column.status.name
    case .facilitator: return "facilitator"
    case .gender: return Column.person(.gender).name
    case .dateOfBirth: return Column.dateOfBirth.name
    case .postcode: return Column.person(.postcode).name
    case .careExperienced: return "care_experienced"
    }
  }
}
