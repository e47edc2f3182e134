import ImpactModel

/// A funding file's columns, declared once per file: the free-text columns by position,
/// every typed column as a ``ColumnReader`` with its parser and what an unreadable value
/// does.
struct FundingColumns {
  let funder, reference, programme: Int?
  /// Required, and never negative: a missing, unreadable or negative amount rejects the line.
  var amount: ColumnReader<Double>
  var type: ColumnReader<FundingType>
  /// A blank cell is awarded; a word that is no funding status keeps the line out of every
  /// figure, with a warning.
  var status: ColumnReader<FundingStatus>
  var startDate, endDate, date: ColumnReader<Day>

  init(_ layout: ColumnLayout, dates: DateParser) {
    let p = layout.position
    funder = p[.funder]
    reference = p[.reference]
    programme = p[.programme]
    amount = ColumnReader(
      .amount, in: layout, ifUnreadable: .reject(missing: "the amount is missing")
    ) { bytes in
      switch MoneyParser.parse(bytes) {
      case .value(let value) where value < 0: return .invalid(MoneyParser.negativeReason(bytes))
      case let other: return other
      }
    }
    type = ColumnReader(.fundingType, in: layout, ifUnreadable: .warn(readAs: .other)) {
      CodeMatcher.fundingType($0)
    }
    status = ColumnReader(
      .status, in: layout,
      ifUnreadable: .warn(note: ", so the line is not income: it is kept out of every figure")
    ) { CodeMatcher.fundingStatus($0) }
    startDate = ColumnReader(date: .startDate, in: layout, dates: dates)
    endDate = ColumnReader(date: .endDate, in: layout, dates: dates)
    date = ColumnReader(date: .date, in: layout, dates: dates)
  }
}
