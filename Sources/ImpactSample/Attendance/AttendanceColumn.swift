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
    case .sessionId: return "session_id"
    case .date: return "date"
    case .programme: return "programme"
    case .participantId: return "participant_id"
    case .headcount: return "headcount"
    case .activity: return "activity"
    case .venue: return "venue"
    case .setting: return "setting"
    case .artForm: return "art_form"
    case .delivery: return "delivery"
    case .startTime: return "start_time"
    case .durationHours: return "duration_hours"
    case .durationMinutes: return "duration_minutes"
    case .capacity: return "capacity"
    case .status: return "status"
    case .facilitator: return "facilitator"
    case .gender: return "gender"
    case .dateOfBirth: return "date_of_birth"
    case .postcode: return "postcode"
    case .careExperienced: return "care_experienced"
    }
  }
}
