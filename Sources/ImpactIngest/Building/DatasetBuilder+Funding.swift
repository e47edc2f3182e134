import ImpactModel

extension DatasetBuilder {
  /// Reads one funding record.
  mutating func addFunding(_ row: borrowing CSVRecord, _ c: inout FundingColumns) {
    let line = row.line
    guard let funderText = row.text(c.funder) else {
      return reject(line, .funder, "", "the funder is missing")
    }
    guard let amount = c.amount.read(row, &log) else { return }
    var funding = FundingLine(funder: textID(funderText), amount: amount)
    if let text = row.text(c.reference) { funding.reference = textID(text) }
    if let text = row.text(c.programme) { funding.programme = textID(text) }
    if let type = c.type.read(row, &log) { funding.type = type }
    switch c.status.reading(row, &log) {
    case .value(let status)?: funding.status = status
    case .invalid?: return
    case .unknown?:
      // "Unknown", "N/A" …: not blank, so not the default either.
      return note(
        .warning, line: line, column: .status, value: c.status.text(row) ?? "",
        "`\(c.status.text(row) ?? "")` is not a funding status (awarded, received, pending or "
          + "declined), so the line is not income: it is kept out of every figure")
    case nil: break
    }
    funding.startDate = c.startDate.read(row, &log)
    funding.endDate = c.endDate.read(row, &log)
    funding.date = c.date.read(row, &log)
    if let start = funding.startDate, let end = funding.endDate, end < start {
      note(
        .warning, line: line, column: .endDate, value: c.endDate.text(row) ?? "",
        "the end date is before the start date; the line is read as starting on its start date")
      funding.endDate = nil
    }
    if funding.startDate == nil, funding.endDate == nil, funding.date == nil {
      note(
        .warning, line: line, column: .date, value: "",
        "the line has no date, so it is kept but attributed to no period")
    } else if funding.startDate == nil, funding.date == nil {
      note(
        .warning, line: line, column: .startDate, value: "",
        "the line has an end date but no start date, so it is attributed to no period")
    }
    if funding.reference >= 0, duplicates.isRepeated(funding) {
      return note(
        .duplicate, line: line, column: .reference,
        value: row.text(c.reference) ?? "",
        "the same reference with the same values again; counted once")
    }
    dataset.funding.append(funding)
  }
}
