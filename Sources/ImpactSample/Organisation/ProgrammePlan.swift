import ImpactModel

/// One programme of the synthetic organisation and how it runs.
struct ProgrammePlan {
  /// When a group meets.
  enum Schedule {
    /// School term weeks only.
    case termTime
    /// Every week except the Christmas fortnight (and August when `skipsAugust`).
    case yearRound(skipsAugust: Bool)
  }

  /// How the programme collects feedback.
  enum Surveys {
    /// SWEMWBS and ONS4 at the start and end of a person's time, with a base wellbeing level.
    case prePost(baseLevel: Double)
    /// Anonymous single-stage satisfaction cards after sessions, about `perSession` a session.
    case single(perSession: Double)
  }

  /// The programme's name as written in registers.
  var name: String
  /// File-name form (`young-creatives`).
  var slug: String
  /// The art form written in registers.
  var artForm: String
  /// Session titles, used in turn.
  var activities: [String]
  /// The regular groups (repeated `scale` times).
  var groups: [GroupPlan]
  /// When the groups meet.
  var schedule: Schedule
  /// Whether groups meet every other week instead of weekly.
  var fortnightly: Bool
  /// Whether every register starts afresh each September (a new school year).
  var newCohortEachSeptember: Bool
  /// Chance that a person on the register comes to a session.
  var attendanceRate: Double
  /// Anonymous drop-in headcounts per session (`0` for none), with their range.
  var headcountRows: Int
  /// The range of a drop-in headcount.
  var headcountRange: ClosedRange<Int>
  /// How the programme collects feedback.
  var surveys: Surveys
}
