import ImpactModel

extension DatasetBuilder {
  /// Reads one feedback record.
  mutating func addFeedback(_ row: borrowing CSVRecord, _ c: inout FeedbackColumns) {
    let line = row.line
    guard let day = c.date.read(row, &log) else { return }
    if duplicates.isRepeatedResponse(row, c.responseID) {
      return note(
        .duplicate, line: line, column: .responseID, value: row.text(c.responseID) ?? "",
        "the same response id again; counted once")
    }
    profiles.see(day)
    var response = FeedbackRow(day: day)
    if let person = cellParticipant(row, c.participant, lastName: c.participantLastName) {
      response.participant = person
    }
    if let programme = cellText(row, c.programme) { response.programme = programme.id }
    if let stage = c.stage.read(row, &log) { response.stage = stage }
    response.swemwbsRaw = scaleTotal(row, &c.swemwbs, .swemwbs)
    let wemwbs = scaleItems(row, &c.wemwbs, .wemwbs)
    response.wemwbsRaw = wemwbs.map { Int8($0.reduce(0, +)) }
    if let wemwbs, c.swemwbsFromWEMWBS {
      // A full WEMWBS holds the seven SWEMWBS items.
      response.swemwbsRaw = Int8(
        FeedbackColumns.swemwbsItemsOfWEMWBS.reduce(0) { $0 + wemwbs[$1 - 1] })
    }
    response.onsLifeSatisfaction = c.onsLifeSatisfaction.read(row, &log)
    response.onsWorthwhile = c.onsWorthwhile.read(row, &log)
    response.onsHappy = c.onsHappy.read(row, &log)
    response.onsAnxious = c.onsAnxious.read(row, &log)
    response.recommend = c.recommend.read(row, &log)
    response.satisfaction = c.satisfaction.read(row, &log)
    response.loneliness = c.loneliness.read(row, &log)
    response.uclaRaw = scaleTotal(row, &c.ucla, .ucla)
    if let text = row.text(c.comment) { response.comment = textID(text) }
    if let consent = c.consent.read(row, &log) { response.consentToQuote = consent }
    dataset.feedback.append(response)
  }

  /// The raw total of a scale's items, or `nil` unless every item holds a valid answer; a
  /// response that answers only some items is warned about.
  private mutating func scaleTotal(
    _ row: borrowing CSVRecord, _ items: inout [ColumnReader<Int>], _ scale: FeedbackMeasure
  ) -> Int8? {
    scaleItems(row, &items, scale).map { Int8($0.reduce(0, +)) }
  }

  /// A scale's item answers, in order, or `nil` unless every item holds a valid answer; a
  /// response that answers only some items is warned about.
  private mutating func scaleItems(
    _ row: borrowing CSVRecord, _ items: inout [ColumnReader<Int>], _ scale: FeedbackMeasure
  ) -> [Int]? {
    guard items.contains(where: \.isPresent) else { return nil }
    var values: [Int] = []
    var answered = 0
    var valid = 0
    for item in items.indices {
      switch items[item].reading(row, &log) {
      case .value(let value)?:
        values.append(value)
        answered += 1
        valid += 1
      case .invalid?: answered += 1
      case .unknown?, nil: break
      }
    }
    if answered > 0, answered < items.count {
      note(
        .warning, line: row.line, column: .measure(scale),
        value: "\(answered) of \(items.count) items",
        "answers \(answered) of the \(items.count) \(scale.rawValue.uppercased()) items, so it "
          + "gets no \(scale.rawValue.uppercased()) score")
    }
    return valid == items.count ? values : nil
  }
}
