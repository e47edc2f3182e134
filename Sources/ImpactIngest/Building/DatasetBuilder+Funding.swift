import ImpactModel

/// The positions of a funding file's columns, resolved once per file.
struct FundingColumns {
  let funder, amount, reference, programme, type, status, startDate, endDate, date: Int?

  init(_ layout: ColumnLayout) {
    let p = layout.position
    funder = p["funder"]
    amount = p["amount"]
    reference = p["reference"]
    programme = p["programme"]
    type = p["type"]
    status = p["status"]
    startDate = p["start_date"]
    endDate = p["end_date"]
    date = p["date"]
  }
}

extension DatasetBuilder {
  /// Reads one funding record.
  mutating func addFunding(_ row: borrowing CSVRecord, _ c: FundingColumns) {
    let line = row.line
    guard let funderText = row.text(c.funder) else {
      return reject(line, "funder", "", "the funder is missing")
    }
    guard let amountText = row.text(c.amount) else {
      return reject(line, "amount", "", "the amount is missing")
    }
    let amount: Double
    switch MoneyParser.parse(amountText) {
    case .value(let value) where value < 0:
      return reject(line, "amount", amountText, MoneyParser.negativeReason(amountText))
    case .value(let value): amount = value
    case .unknown: return reject(line, "amount", amountText, "the amount is missing")
    case .invalid(let why): return reject(line, "amount", amountText, why)
    }
    var funding = FundingLine(funder: textID(funderText), amount: amount)
    if let text = row.text(c.reference) { funding.reference = textID(text) }
    if let text = row.text(c.programme) { funding.programme = textID(text) }
    if let text = row.text(c.type) {
      switch CodeMatcher.fundingType(text) {
      case .value(let type): funding.type = type
      case .unknown: break
      case .invalid(let why):
        funding.type = .other
        note(.warning, line: line, column: "type", value: text, why)
      }
    }
    if let text = row.text(c.status) {
      switch CodeMatcher.fundingStatus(text) {
      case .value(let status): funding.status = status
      case .unknown: break
      case .invalid(let why):
        note(.warning, line: line, column: "status", value: text, why + "; read as awarded")
      }
    }
    funding.startDate = optionalDay(row, c.startDate, "start_date", line)
    funding.endDate = optionalDay(row, c.endDate, "end_date", line)
    funding.date = optionalDay(row, c.date, "date", line)
    if let start = funding.startDate, let end = funding.endDate, end < start {
      note(
        .warning, line: line, column: "end_date", value: row.text(c.endDate) ?? "",
        "the end date is before the start date; the line is read as starting on its start date")
      funding.endDate = nil
    }
    if funding.startDate == nil, funding.endDate == nil, funding.date == nil {
      note(
        .warning, line: line, column: "date", value: "",
        "the line has no date, so it is kept but attributed to no period")
    } else if funding.startDate == nil, funding.date == nil {
      note(
        .warning, line: line, column: "start_date", value: "",
        "the line has an end date but no start date, so it is attributed to no period")
    }
    if funding.reference >= 0, !referencedFundingLines.insert(funding).inserted {
      return note(
        .duplicate, line: line, column: "reference",
        value: row.text(c.reference) ?? "",
        "the same reference with the same values again; counted once")
    }
    dataset.funding.append(funding)
  }

  private mutating func optionalDay(
    _ row: borrowing CSVRecord, _ position: Int?, _ column: String, _ line: Int
  ) -> Day? {
    switch cellDay(row, position) {
    case .value(let day)?: return day
    case .unknown?, nil: return nil
    case .invalid(let why)?:
      note(.warning, line: line, column: column, value: row.text(position) ?? "", why)
      return nil
    }
  }
}
