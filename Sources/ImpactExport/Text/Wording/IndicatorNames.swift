import ImpactModel

/// The short names reports give indicators and groups (column headings, chart labels).
struct IndicatorNames: Sendable {
  let configuration: ImpactConfiguration

  /// An indicator's name: `People taking part`; a priority share by its group's label.
  func label(_ id: String) -> String {
    if id.hasPrefix("priority_share:") {
      let group = String(id.dropFirst("priority_share:".count))
      return group == "any" ? "In at least one priority group" : priorityLabel(group)
    }
    return Self.labels[id] ?? id
  }

  /// A group's label: priority groups by their configured label, setting and delivery codes
  /// in words, IMD quintiles with their meaning, anything else as it is.
  func group(_ group: String, by groupBy: String) -> String {
    switch groupBy {
    case "priority_group": return priorityLabel(group)
    case "setting", "delivery", "type":
      guard group != "Unknown" else { return group }
      let words = group.replacingOccurrences(of: "_", with: " ")
      return words.prefix(1).uppercased() + words.dropFirst()
    case "imd_quintile":
      switch group {
      case "1": return "1 (most deprived 20%)"
      case "5": return "5 (least deprived 20%)"
      default: return group
      }
    case "age_band": return group == "Unknown" ? group : "Aged " + group
    default: return group
    }
  }

  /// A priority group's configured label (its id when not configured).
  func priorityLabel(_ id: String) -> String {
    configuration.priorityGroups.first { $0.id == id }?.label ?? id
  }

  /// A person field's name: `Ethnic group`.
  static func field(_ name: String) -> String {
    fields[name] ?? name
  }

  static let fields = [
    "age_band": "Age", "gender": "Gender", "ethnicity_group": "Ethnic group",
    "ethnicity": "Ethnicity", "disability": "Disability",
    "imd_quintile": "Deprivation (IMD quintile)",
  ]

  static let labels = [
    "unique_participants": "People taking part",
    "new_participants": "New participants",
    "returning_participants": "Returning participants",
    "attendances": "Attendances",
    "anonymous_attendances": "Attendances counted by headcount",
    "sessions": "Sessions",
    "attendances_per_session": "Attendances per session",
    "participant_hours": "Participant hours",
    "retained_share": "Came to the retention number of sessions",
    "occupancy": "Occupancy",
    "online_share": "Online attendances",
    "feedback_responses": "Survey responses",
    "swemwbs_change": "Wellbeing change (SWEMWBS)",
    "swemwbs_pairs": "Wellbeing pairs (SWEMWBS)",
    "wemwbs_change": "Wellbeing change (WEMWBS)",
    "ons_life_satisfaction_mean": "Life satisfaction (0–10)",
    "ons_worthwhile_mean": "Feeling things are worthwhile (0–10)",
    "ons_happy_mean": "Happiness yesterday (0–10)",
    "ons_anxious_mean": "Anxiety yesterday (0–10, lower is better)",
    "ons_life_satisfaction_change": "Life satisfaction change",
    "wellby_value": "Indicative WELLBY value",
    "satisfied_share": "Satisfied (4 or 5 out of 5)",
    "satisfaction_mean": "Mean satisfaction (1–5)",
    "nps": "Net Promoter Score",
    "income": "Income",
    "applications_pending": "Applications pending",
    "bid_success_rate": "Bid success rate",
    "funding_per_participant": "Income per participant",
    "funding_per_attendance": "Income per attendance",
    "funding_per_hour": "Income per participant hour",
  ]
}
