/// What a figure is broken down by, as the `group_by` column writes it (`all`, `programme`,
/// `gender`, `priority_group` …).
public struct GroupBy: TypedName {
  /// The name as written in the outputs.
  public let rawValue: String

  /// A breakdown read from outside (a template, an output being checked).
  public init(_ rawValue: String) { self.rawValue = rawValue }

  public var text: String { rawValue }

  /// No breakdown: the figure for everyone (its group is ``Group/all``).
  public static let all = GroupBy("all")

  // Session fields.
  public static let programme = GroupBy("programme")
  public static let setting = GroupBy("setting")
  public static let venue = GroupBy("venue")
  public static let artForm = GroupBy("art_form")
  public static let delivery = GroupBy("delivery")

  /// The breakdown by a person field (`age_band`, `imd_quintile` …).
  public static func person(_ field: PersonField) -> GroupBy { GroupBy(field.rawValue) }

  /// The priority groups of the configuration.
  public static let priorityGroup = GroupBy("priority_group")
  /// The survey stage (before, after, single).
  public static let stage = GroupBy("stage")
  /// An ONS answer band (`low`, `medium`, `high`, `very_high` …).
  public static let band = GroupBy("band")
  /// The sessions a wellbeing pair's person attended between the pre and post (`1-3` …).
  public static let sessionsAttended = GroupBy("sessions_attended")
  /// The kind of data file (data-quality figures).
  public static let kind = GroupBy("kind")
  /// The funder of a funding line.
  public static let funder = GroupBy("funder")
  /// The type of a funding line (grant, sponsorship …).
  public static let fundingType = GroupBy("type")

  /// The session fields, after ``all``, in the order figures are given by them.
  public static let sessionFields: [GroupBy] = [.programme, .setting, .venue, .artForm, .delivery]

  /// The person fields people are broken down by, in order.
  public static let personFields: [GroupBy] = PersonField.breakdownFields.map(person)

  /// The person field this breakdown is by, if it is one.
  public var personField: PersonField? {
    PersonField(rawValue: rawValue).flatMap { PersonField.breakdownFields.contains($0) ? $0 : nil }
  }
}
