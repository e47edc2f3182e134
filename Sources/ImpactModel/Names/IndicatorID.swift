/// The stable id of an indicator, as `indicators.csv` and `indicators.json` write it
/// (`unique_participants`, `priority_share:disabled`).
///
/// Every id the tool computes is a static member or built by a static function here; no other
/// code spells an id.
public struct IndicatorID: TypedName {
  /// The id as written in the outputs.
  public let rawValue: String

  /// An id read from outside (a template, a config, an output being checked).
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public var text: String { rawValue }

  // MARK: Reach

  public static let attendances = IndicatorID("attendances")
  public static let anonymousAttendances = IndicatorID("anonymous_attendances")
  public static let uniqueParticipants = IndicatorID("unique_participants")
  public static let newParticipants = IndicatorID("new_participants")
  public static let returningParticipants = IndicatorID("returning_participants")
  public static let sessions = IndicatorID("sessions")
  public static let attendancesPerSession = IndicatorID("attendances_per_session")
  public static let participantHours = IndicatorID("participant_hours")
  public static let retainedShare = IndicatorID("retained_share")
  public static let occupancy = IndicatorID("occupancy")
  public static let onlineShare = IndicatorID("online_share")

  // MARK: Inclusion

  public static let participantShare = IndicatorID("participant_share")
  public static let dataCompleteness = IndicatorID("data_completeness")
  public static let representationIndex = IndicatorID("representation_index")

  private static let priorityPrefix = "priority_share:"

  /// The share of participants in the priority group with this id.
  public static func priorityShare(_ group: String) -> IndicatorID {
    IndicatorID(priorityPrefix + group)
  }

  /// The share of participants in at least one priority group.
  public static let priorityShareAny = priorityShare("any")

  /// The catalogue's entry standing for every `priority_share:` of one group.
  public static let priorityShareOfAGroup = priorityShare("ID")

  /// The priority group a `priority_share:ID` id is about; `nil` for any other id, and for
  /// ``priorityShareAny``.
  public var priorityGroup: String? {
    guard rawValue.hasPrefix(Self.priorityPrefix), self != .priorityShareAny else { return nil }
    return String(rawValue.dropFirst(Self.priorityPrefix.count))
  }

  // MARK: Wellbeing and feedback

  public static let feedbackResponses = IndicatorID("feedback_responses")
  public static let wellbyValue = IndicatorID("wellby_value")
  public static let satisfiedShare = IndicatorID("satisfied_share")
  public static let nps = IndicatorID("nps")

  /// The mean score of a measure (`swemwbs_mean`, `satisfaction_mean`).
  public static func mean(_ measure: FeedbackMeasure) -> IndicatorID { measure.indicatorID("mean") }
  /// The people with a before and an after score (`swemwbs_pairs`).
  public static func pairs(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("pairs")
  }
  /// The mean paired change (`swemwbs_change`, `ons_life_satisfaction_change`).
  public static func change(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("change")
  }
  /// The share of pairs that improved by the meaningful change.
  public static func improvedShare(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("improved_share")
  }
  /// The share of pairs that declined by the meaningful change.
  public static func declinedShare(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("declined_share")
  }
  /// The share of answers of 0–4 (`ons_happy_low_share`).
  public static func lowShare(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("low_share")
  }
  /// The share of answers of 6–10 (`ons_anxious_high_share`).
  public static func highShare(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("high_share")
  }

  // MARK: Deeper evidence

  public static let wellbyValueLow = IndicatorID("wellby_value_low")
  public static let wellbyValueHigh = IndicatorID("wellby_value_high")
  /// The share of loneliness answers of "Often/always".
  public static let lonelyOftenShare = IndicatorID("lonely_often_share")

  /// The mean gap between `pre` scores and the population norm (`swemwbs_baseline_gap`).
  public static func baselineGap(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("baseline_gap")
  }
  /// The mean gap between answers and the population norm (`ons_happy_gap`).
  public static func gap(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("gap")
  }
  /// The share of answers in each ONS band (`ons_happy_band`).
  public static func band(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("band")
  }
  /// The share of `pre` responses followed by a `post` (`swemwbs_completion_share`).
  public static func completionShare(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("completion_share")
  }
  /// Non-completers' mean `pre` score minus completers' (`swemwbs_completion_gap`).
  public static func completionGap(_ measure: FeedbackMeasure) -> IndicatorID {
    measure.indicatorID("completion_gap")
  }

  /// Whether the id is a mean paired change (`swemwbs_change`).
  public var isChange: Bool {
    FeedbackMeasure.allCases.contains { self == .change($0) }
  }

  // MARK: Funding

  public static let income = IndicatorID("income")
  public static let applicationsPending = IndicatorID("applications_pending")
  public static let bidSuccessRate = IndicatorID("bid_success_rate")
  public static let fundingPerParticipant = IndicatorID("funding_per_participant")
  public static let fundingPerAttendance = IndicatorID("funding_per_attendance")
  public static let fundingPerHour = IndicatorID("funding_per_hour")

  /// The income per unit figures.
  public static let fundingPerUnit: [IndicatorID] = [
    .fundingPerParticipant, .fundingPerAttendance, .fundingPerHour,
  ]

  // MARK: Data quality

  public static let rowsRead = IndicatorID("rows_read")
  public static let rowsRejected = IndicatorID("rows_rejected")
  public static let duplicatesCollapsed = IndicatorID("duplicates_collapsed")
  public static let warnings = IndicatorID("warnings")
}

extension FeedbackMeasure {
  /// The id of this measure's indicator with `suffix` (`swemwbs` + `mean`).
  fileprivate func indicatorID(_ suffix: String) -> IndicatorID {
    IndicatorID(rawValue + "_" + suffix)
  }
}
