import ImpactModel

/// The coded vocabularies of DATA.md (setting, delivery, status, stage, funding type and
/// status, gender, disability), each a ``CodeTable`` of codes and the words people write.
///
/// Every function reads a raw cell: blank and non-answers are `.unknown`; text naming no
/// code is `.invalid` with a plain-words reason quoting it. Only `setting` says what the
/// caller does with such text ("read as other"), as DATA.md prescribes; the other reasons
/// leave the consequence to the caller.
enum CodeMatcher {
  /// The words for each `setting`.
  static let settings = CodeTable<Setting>(vocabulary: "setting")

  /// The words for each `delivery` mode.
  static let deliveries = CodeTable<Delivery>(vocabulary: "delivery")

  /// The words and marks for each attendance `status`: exactly DATA.md's table.
  static let attendanceStatuses = CodeTable<AttendanceStatus>(vocabulary: "attendance_status")

  /// The words for each survey `stage`.
  static let feedbackStages = CodeTable<FeedbackStage>(vocabulary: "stage")

  /// The answers to the ONS direct loneliness question, "How often do you feel lonely?".
  static let lonelinessAnswers = CodeTable<LonelinessAnswer>(
    vocabulary: "loneliness", slashSeparates: true)

  /// The words for each funding `type`.
  static let fundingTypes = CodeTable<FundingType>(vocabulary: "funding_type")

  /// The words for each funding `status`.
  static let fundingStatuses = CodeTable<FundingStatus>(vocabulary: "funding_status")

  /// The words for each `gender`.
  static let genders = CodeTable<Gender>(vocabulary: "gender")

  /// The words for each `disability` answer.
  static let disabilities = CodeTable<Disability>(vocabulary: "disability")

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

  /// Reads trimmed UTF-8 bytes as the text version does: by the whole value or its first
  /// words, else by the stage words anywhere in a short answer ("My first session" is `pre`).
  /// An answer holding words of both `pre` and `post`, or of none, is not a stage.
  static func feedbackStage(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedValue<FeedbackStage> {
    switch feedbackStages.match(bytes) {
    case .code(let stage): return .value(stage)
    case .unknown: return .unknown
    case .unmatched: break
    }
    let words = CodeKey.make(bytes).split(separator: Character(UnicodeScalar(CodeKey.separator)))
    var found: Set<FeedbackStage> = []
    if words.count <= shortAnswerWords {
      for start in words.indices {
        for length in 1...2 where start + length <= words.count {
          let phrase = words[start..<start + length].joined(separator: "_")
          if case .code(let stage) = feedbackStages.match(phrase) { found.insert(stage) }
        }
      }
    }
    let prePost = found.subtracting([.single])
    if prePost.count == 1 { return .value(prePost.first!) }
    if prePost.isEmpty, found == [.single] { return .value(.single) }
    if prePost.count == 2 {
      return .invalid(
        CellText.quoted(bytes) + " holds words of both pre and post, so it is not a survey stage")
    }
    return .invalid(CellText.quoted(bytes) + " is not a survey stage (pre, post or single)")
  }

  /// The most words an answer may have for a stage word inside it to count.
  static let shortAnswerWords = 8

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
