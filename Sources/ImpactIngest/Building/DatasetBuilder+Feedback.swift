import ImpactModel

/// The positions of a feedback file's columns, resolved once per file.
struct FeedbackColumns {
  let date, responseID, participant, programme, stage, onsLifeSatisfaction, onsWorthwhile,
    onsHappy, onsAnxious, satisfaction, recommend, comment, consent: Int?
  let swemwbs: [Int?]
  let wemwbs: [Int?]

  init(_ layout: ColumnLayout) {
    let p = layout.position
    date = p["date"]
    responseID = p["response_id"]
    participant = p["participant_id"]
    programme = p["programme"]
    stage = p["stage"]
    onsLifeSatisfaction = p["ons_life_satisfaction"]
    onsWorthwhile = p["ons_worthwhile"]
    onsHappy = p["ons_happy"]
    onsAnxious = p["ons_anxious"]
    satisfaction = p["satisfaction"]
    recommend = p["recommend"]
    comment = p["comment"]
    consent = p["consent_to_quote"]
    swemwbs = (1...7).map { p["swemwbs_\($0)"] }
    wemwbs = (1...14).map { p["wemwbs_\($0)"] }
  }

  /// The measures the file carries.
  var measures: Set<FeedbackMeasure> {
    var result: Set<FeedbackMeasure> = []
    if swemwbs.contains(where: { $0 != nil }) { result.insert(.swemwbs) }
    if wemwbs.contains(where: { $0 != nil }) { result.insert(.wemwbs) }
    let single: [(Int?, FeedbackMeasure)] = [
      (onsLifeSatisfaction, .onsLifeSatisfaction), (onsWorthwhile, .onsWorthwhile),
      (onsHappy, .onsHappy), (onsAnxious, .onsAnxious), (satisfaction, .satisfaction),
      (recommend, .recommend),
    ]
    for (position, measure) in single where position != nil { result.insert(measure) }
    return result
  }
}

extension DatasetBuilder {
  /// Reads one feedback record.
  mutating func addFeedback(_ row: borrowing CSVRecord, _ c: FeedbackColumns) {
    let line = row.line
    guard let parsedDay = cellDay(row, c.date) else {
      return reject(line, "date", "", "the date is missing")
    }
    guard case .value(let day) = parsedDay else {
      return reject(line, "date", row.text(c.date) ?? "", reason(for: parsedDay, "a date"))
    }
    if let responseID = row.text(c.responseID), !responseIDs.insert(responseID).inserted {
      return note(
        .duplicate, line: line, column: "response_id", value: responseID,
        "the same response id again; counted once")
    }
    see(day)
    var response = FeedbackRow(day: day)
    if let person = cellParticipant(row, c.participant) { response.participant = person }
    if let programme = cellText(row, c.programme) { response.programme = programme.id }
    if let text = row.text(c.stage) {
      switch CodeMatcher.feedbackStage(text) {
      case .value(let stage): response.stage = stage
      case .unknown: break
      case .invalid(let why):
        note(.warning, line: line, column: "stage", value: text, why + "; read as single")
      }
    }
    response.swemwbsRaw = scaleTotal(row, c.swemwbs, "swemwbs", line)
    response.wemwbsRaw = scaleTotal(row, c.wemwbs, "wemwbs", line)
    response.onsLifeSatisfaction = score(row, c.onsLifeSatisfaction, "ons_life_satisfaction", line)
    response.onsWorthwhile = score(row, c.onsWorthwhile, "ons_worthwhile", line)
    response.onsHappy = score(row, c.onsHappy, "ons_happy", line)
    response.onsAnxious = score(row, c.onsAnxious, "ons_anxious", line)
    response.recommend = score(row, c.recommend, "recommend", line)
    if let text = row.text(c.satisfaction) {
      response.satisfaction = checked(
        LikertParser.satisfaction(text), line, "satisfaction", text)
    }
    if let text = row.text(c.comment) { response.comment = textID(text) }
    if let text = row.text(c.consent) {
      switch YesNoParser.parse(text) {
      case .value(let yes): response.consentToQuote = yes
      case .unknown: break
      case .invalid(let why):
        note(
          .warning, line: line, column: "consent_to_quote", value: text,
          why + "; read as no, so the comment is not quoted")
      }
    }
    dataset.feedback.append(response)
  }

  /// A 0–10 answer.
  private mutating func score(
    _ row: borrowing CSVRecord, _ position: Int?, _ column: String, _ line: Int
  )
    -> Int8?
  {
    guard let text = row.text(position) else { return nil }
    return checked(LikertParser.zeroToTen(text), line, column, text)
  }

  private mutating func checked(
    _ parsed: ParsedValue<Int>, _ line: Int, _ column: String, _ text: String
  ) -> Int8? {
    switch parsed {
    case .value(let value): return Int8(value)
    case .unknown: return nil
    case .invalid(let why):
      note(.warning, line: line, column: column, value: text, why)
      return nil
    }
  }

  /// The raw total of a scale's items, or `nil` unless every item holds a valid answer.
  private mutating func scaleTotal(
    _ row: borrowing CSVRecord, _ items: [Int?], _ scale: String, _ line: Int
  ) -> Int8? {
    guard items.contains(where: { $0 != nil }) else { return nil }
    var total = 0
    var answered = 0
    var valid = 0
    for (number, position) in items.enumerated() {
      guard let text = row.text(position) else { continue }
      answered += 1
      switch LikertParser.wellbeingItem(text) {
      case .value(let value):
        total += value
        valid += 1
      case .unknown: answered -= 1
      case .invalid(let why):
        note(.warning, line: line, column: "\(scale)_\(number + 1)", value: text, why)
      }
    }
    if answered > 0, answered < items.count {
      note(
        .warning, line: line, column: scale, value: "\(answered) of \(items.count) items",
        "answers \(answered) of the \(items.count) \(scale.uppercased()) items, so it gets no "
          + "\(scale.uppercased()) score")
    }
    return valid == items.count ? Int8(total) : nil
  }
}
