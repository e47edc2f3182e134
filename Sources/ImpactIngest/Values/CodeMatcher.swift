import ImpactModel

/// The coded vocabularies of DATA.md (setting, delivery, status, stage, funding type and
/// status, gender, disability), each a ``CodeTable`` of codes and the words people write.
///
/// Every function reads a raw cell: blank and non-answers are `.unknown`; text naming no
/// code is `.invalid` with a plain-words reason quoting it. Only `setting` says what the
/// caller does with such text ("read as other"), as DATA.md prescribes; the other reasons
/// leave the consequence to the caller.
enum CodeMatcher {
  /// The words for yes, shared by yes/no columns, attendance status and disability.
  static let yesWords = ["yes", "y", "true", "1", "✓", "✔", "☑", "yeah", "yep"]
  /// The words for no, shared by yes/no columns, attendance status and disability.
  static let noWords = ["no", "n", "false", "0", "✗", "✘", "nope"]

  /// The words for each `setting`.
  static let settings = CodeTable<Setting>([
    (.venue, ["venue", "our venue", "on site", "onsite", "in house"]),
    (.school, ["school", "schools", "college", "nursery"]),
    (.community, ["community", "community venue", "community centre", "library"]),
    (.hospital, ["hospital", "hospitals", "ward"]),
    (.careHome, ["care home", "carehome", "care homes", "residential care", "nursing home"]),
    (.prison, ["prison", "young offender institution", "yoi"]),
    (.online, ["online", "virtual", "digital", "remote", "zoom"]),
    (.outdoor, ["outdoor", "outdoors", "outside", "park"]),
    (.other, ["other"]),
  ])

  /// The words for each `delivery` mode.
  static let deliveries = CodeTable<Delivery>([
    (.inPerson, ["in person", "inperson", "face to face", "f2f", "onsite", "on site", "live"]),
    (.online, ["online", "virtual", "digital", "remote", "zoom"]),
    (.hybrid, ["hybrid", "blended", "mixed"]),
  ])

  /// The words for each attendance `status`.
  static let attendanceStatuses = CodeTable<AttendanceStatus>([
    (.attended, ["attended", "present", "attending", "came", "here"] + yesWords),
    (
      .absent,
      [
        "absent", "no show", "noshow", "did not attend", "didn't attend", "dna", "missed",
        "not attended",
      ] + noWords
    ),
    (.cancelled, ["cancelled", "canceled", "cancellation", "withdrawn"]),
    (.booked, ["booked", "registered", "reserved", "signed up", "booking"]),
  ])

  /// The words for each survey `stage`.
  static let feedbackStages = CodeTable<FeedbackStage>([
    (.pre, ["pre", "baseline", "start", "before", "first", "beginning", "initial", "entry"]),
    (.post, ["post", "end", "after", "exit", "follow up", "followup", "last", "final"]),
    (.single, ["single", "one off", "once", "only", "snapshot"]),
  ])

  /// The answers to the ONS direct loneliness question, "How often do you feel lonely?".
  static let lonelinessAnswers = CodeTable<LonelinessAnswer>(
    [
      (.oftenAlways, ["often always", "often or always", "often", "always"]),
      (.someOfTheTime, ["some of the time"]),
      (.occasionally, ["occasionally"]),
      (.hardlyEver, ["hardly ever"]),
      (.never, ["never"]),
    ], slashSeparates: true)

  /// The words for each funding `type`.
  static let fundingTypes = CodeTable<FundingType>([
    (.grant, ["grant", "grants", "award"]),
    (.donation, ["donation", "donations", "gift", "giving"]),
    (.sponsorship, ["sponsorship", "sponsor", "sponsored", "corporate sponsorship"]),
    (.earned, ["earned", "earned income", "fees", "fee", "sales", "trading", "commission"]),
    (.inKind, ["in kind", "inkind", "in kind support", "in kind donation", "gift in kind"]),
    (.other, ["other"]),
  ])

  /// The words for each funding `status`.
  static let fundingStatuses = CodeTable<FundingStatus>([
    (.awarded, ["awarded", "confirmed", "approved", "granted", "secured", "successful"]),
    (.received, ["received", "paid", "banked", "in bank"]),
    (
      .pending,
      [
        "pending", "applied", "awaiting decision", "awaiting", "submitted", "in progress",
        "under review",
      ]
    ),
    (.declined, ["declined", "rejected", "unsuccessful", "refused", "not awarded"]),
  ])

  /// The words for each `gender`.
  static let genders = CodeTable<Gender>([
    (.woman, ["woman", "women", "female", "f", "girl", "w", "cis woman", "trans woman"]),
    (.man, ["man", "men", "male", "m", "boy", "cis man", "trans man"]),
    (.nonBinary, ["non binary", "nonbinary", "nb", "enby", "genderqueer"]),
    (
      .other,
      [
        "other", "self described", "self describe", "prefer to self describe", "self",
        "i describe myself in another way", "in another way", "another way",
      ]
    ),
  ])

  /// The words for each `disability` answer.
  static let disabilities = CodeTable<Disability>([
    (
      .disabled,
      ["disabled", "d/deaf", "deaf", "d/deaf or disabled", "has a disability"] + yesWords
    ),
    (.notDisabled, ["not disabled", "non disabled", "nondisabled", "no disability"] + noWords),
  ])

  /// The setting a cell names; other text is `.invalid` and is read as `other`.
  static func setting(_ text: String) -> ParsedValue<Setting> {
    CellText.withTrimmedBytes(text) { setting($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func setting(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Setting> {
    read(bytes, settings, "is not a setting; read as other")
  }

  /// The delivery mode a cell names.
  static func delivery(_ text: String) -> ParsedValue<Delivery> {
    CellText.withTrimmedBytes(text) { delivery($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func delivery(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Delivery> {
    read(bytes, deliveries, "is not a delivery mode (in person, online or hybrid)")
  }

  /// The attendance status a cell names.
  static func attendanceStatus(_ text: String) -> ParsedValue<AttendanceStatus> {
    CellText.withTrimmedBytes(text) { attendanceStatus($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func attendanceStatus(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<AttendanceStatus>
  {
    read(
      bytes, attendanceStatuses, "is not an attendance status (attended, absent, cancelled, booked)"
    )
  }

  /// The survey stage a cell names.
  static func feedbackStage(_ text: String) -> ParsedValue<FeedbackStage> {
    CellText.withTrimmedBytes(text) { feedbackStage($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func feedbackStage(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<FeedbackStage> {
    read(bytes, feedbackStages, "is not a survey stage (pre, post or single)")
  }

  /// The answer to "How often do you feel lonely?" a cell gives.
  static func loneliness(_ text: String) -> ParsedValue<LonelinessAnswer> {
    CellText.withTrimmedBytes(text) { loneliness($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func loneliness(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<LonelinessAnswer> {
    read(
      bytes, lonelinessAnswers,
      "is not an answer to how often you feel lonely (often/always, some of the time, "
        + "occasionally, hardly ever or never)")
  }

  /// The funding type a cell names.
  static func fundingType(_ text: String) -> ParsedValue<FundingType> {
    CellText.withTrimmedBytes(text) { fundingType($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func fundingType(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<FundingType> {
    read(
      bytes, fundingTypes,
      "is not a funding type (grant, donation, sponsorship, earned, in kind or other)")
  }

  /// The funding status a cell names.
  static func fundingStatus(_ text: String) -> ParsedValue<FundingStatus> {
    CellText.withTrimmedBytes(text) { fundingStatus($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func fundingStatus(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<FundingStatus> {
    read(bytes, fundingStatuses, "is not a funding status (awarded, received, pending or declined)")
  }

  /// The gender a cell names.
  static func gender(_ text: String) -> ParsedValue<Gender> {
    CellText.withTrimmedBytes(text) { gender($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func gender(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Gender> {
    read(bytes, genders, "is not a gender this tool knows (woman, man, non-binary or other)")
  }

  /// The disability a cell names: yes is disabled, no is not disabled.
  static func disability(_ text: String) -> ParsedValue<Disability> {
    CellText.withTrimmedBytes(text) { disability($0) }
  }

  /// Reads trimmed UTF-8 bytes as the text version does.
  static func disability(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<Disability> {
    read(bytes, disabilities, "is not a yes or no answer")
  }

  /// Reads a cell through a table; unmatched text gets the reason "`text` <problem>".
  static func read<Code>(
    _ text: String, _ table: CodeTable<Code>, _ problem: String
  ) -> ParsedValue<Code> {
    CellText.withTrimmedBytes(text) { read($0, table, problem) }
  }

  /// Reads trimmed UTF-8 bytes through a table; unmatched text gets the reason
  /// "`text` <problem>".
  static func read<Code>(
    _ bytes: UnsafeBufferPointer<UInt8>, _ table: CodeTable<Code>, _ problem: String
  ) -> ParsedValue<Code> {
    switch table.match(bytes) {
    case .code(let code): return .value(code)
    case .unknown: return .unknown
    case .unmatched: return .invalid(CellText.quoted(bytes) + " " + problem)
    }
  }
}
