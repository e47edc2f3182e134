/// What is known about one person, merged from every row that describes them.
///
/// Every field is optional: unknown is the normal case for personal data.
public struct ParticipantProfile: Hashable, Sendable {
  /// The exact date of birth.
  public var dateOfBirth: Day?
  /// The year of birth.
  public var birthYear: Int16?
  /// An age as stated on a row.
  public var statedAge: Int16?
  /// The date the stated age refers to; `nil` means the person's first attended date.
  public var statedAgeDay: Day?
  /// An age band as given (used when no age can be worked out).
  public var ageBand: AgeBand?
  /// An age band given in a form that is not one of the standard bands, kept as written.
  public var nonstandardAgeBand: String?
  /// Gender.
  public var gender: Gender?
  /// The ONS 2021 high-level ethnic group.
  public var ethnicGroup: EthnicGroup?
  /// The ONS 2021 detailed ethnic group; may be unknown when only the group is known.
  public var ethnicity: EthnicityCategory?
  /// Disability.
  public var disability: Disability?
  /// The normalised UK postcode (`SW1A 1AA`).
  public var postcode: String?
  /// The Index of Multiple Deprivation decile, 1 (most deprived) to 10.
  public var imdDecile: Int8?

  /// Creates a profile with every field unknown.
  public init() {}

  /// The IMD quintile, 1 (most deprived 20%) to 5.
  public var imdQuintile: Int8? { imdDecile.map { ($0 + 1) / 2 } }
}
