/// A canonical column of a data file, as DATA.md names it (`participant_id`, `date`), or an
/// extra participant column a priority-group rule reads. Headers are matched to these; the
/// data-quality log names them.
///
/// Every canonical column is a static member here; no other code spells one.
public struct Column: TypedName {
  /// The column's canonical name.
  public let name: String

  /// A column by name: an extra participant column from the config, or one read from outside.
  public init(_ name: String) { self.name = name }

  public var text: String { name }

  /// No single column: the problem is the whole row's.
  public static let wholeRow = Column("")

  // MARK: Attendance

  public static let date = Column("date")
  public static let programme = Column("programme")
  public static let participantID = Column("participant_id")
  public static let headcount = Column("headcount")
  public static let sessionID = Column("session_id")
  public static let activity = Column("activity")
  public static let venue = Column("venue")
  public static let setting = Column("setting")
  public static let artForm = Column("art_form")
  public static let delivery = Column("delivery")
  public static let startTime = Column("start_time")
  public static let durationHours = Column("duration_hours")
  public static let durationMinutes = Column("duration_minutes")
  public static let status = Column("status")
  public static let capacity = Column("capacity")

  // MARK: Participants

  public static let dateOfBirth = Column("date_of_birth")
  public static let birthYear = Column("birth_year")

  /// The column of a person field (`age`, `gender`, `imd_decile` …).
  public static func person(_ field: PersonField) -> Column { Column(field.rawValue) }

  // MARK: Feedback

  public static let responseID = Column("response_id")
  public static let stage = Column("stage")
  public static let comment = Column("comment")
  public static let consentToQuote = Column("consent_to_quote")
  /// The ONS direct loneliness question, "How often do you feel lonely?".
  public static let loneliness = measure(.loneliness)
  /// The ONS three-item loneliness measure as a whole (where a partly answered response is
  /// warned about); its items are `item(1, of: .ucla)` …
  public static let ucla = measure(.ucla)

  /// The column of a single-answer measure (`ons_happy`, `satisfaction`, `recommend`).
  public static func measure(_ measure: FeedbackMeasure) -> Column { Column(measure.rawValue) }

  /// The column of item `number` of a multi-item scale (`swemwbs_3`).
  public static func item(_ number: Int, of scale: FeedbackMeasure) -> Column {
    Column(scale.rawValue + "_" + String(number))
  }

  // MARK: Funding

  public static let funder = Column("funder")
  public static let amount = Column("amount")
  public static let reference = Column("reference")
  public static let fundingType = Column("type")
  public static let startDate = Column("start_date")
  public static let endDate = Column("end_date")
}
