import ImpactModel

/// The order of each date column of a file, settled by its values (DATA.md "Dates are read
/// per column"): a column with a value whose first part is above 12 is day-first, one whose
/// second part is above 12 month-first; a column ambiguous throughout follows `date_order`.
///
/// Read once before the file's rows, looking only at the date columns of its first
/// ``recordLimit`` records (a register or survey shows a day above 12 within its first
/// month), so the cost is bounded whatever the file's size. A column showing both orders
/// there is a file-level problem; a later value at odds with its column's order is rejected
/// with its row, saying so.
struct DateOrderSurvey {
  /// How many records the survey reads at most.
  static let recordLimit = 5_000

  /// The settled order of each date column, by position.
  private(set) var orders: [Int: DateOrder] = [:]
  /// The date columns, by position, whose values surveyed all read either way (`03/04/2025`)
  /// or the same either way: read by `date_order`, a question `impact init --from` asks.
  private(set) var unsettled: [Int] = []

  /// The date columns a file of `kind` reads.
  static let dateColumns: [Column] = [.date, .startDate, .endDate, .dateOfBirth]

  /// Surveys a file's date columns.
  ///
  /// - Throws: ``IngestError/mixedDateOrder(path:column:dayFirstLine:monthFirstLine:)`` when a
  ///   column shows both orders.
  init(_ records: RecordSource, _ found: HeaderLocator.Found) throws {
    let positions = Self.dateColumns.compactMap { found.layout.position[$0] }
    guard !positions.isEmpty else { return }
    var firstLine: [Int: [DateOrder: Int]] = [:]
    var skip = found.firstDataRecord
    var seen = 0
    var mixed: (position: Int, day: Int, month: Int)?
    var either = Set<Int>()
    do {
      try records.forEach(nil) { record in
        if skip > 0 {
          skip -= 1
          return
        }
        guard record.problem == nil else { return }
        seen += 1
        for position in positions where position < record.count {
          let evidence = record.withFieldBytes(position) {
            DateParser.orderEvidence(CellText.trimmed($0))
          }
          if evidence == .either { either.insert(position) }
          guard case .demands(let demanded) = evidence, firstLine[position]?[demanded] == nil
          else { continue }
          firstLine[position, default: [:]][demanded] = record.line
          if let day = firstLine[position]?[.dayFirst],
            let month = firstLine[position]?[.monthFirst]
          {
            mixed = (position, day, month)
            throw StopReading()
          }
        }
        if seen >= Self.recordLimit { throw StopReading() }
      }
    } catch is StopReading {}
    if let mixed {
      throw IngestError.mixedDateOrder(
        path: records.name, column: found.layout.headerText[mixed.position],
        dayFirstLine: mixed.day, monthFirstLine: mixed.month)
    }
    for (position, lines) in firstLine {
      if let order = lines.keys.first, lines.count == 1 { orders[position] = order }
    }
    unsettled = either.filter { orders[$0] == nil }.sorted()
  }
}
