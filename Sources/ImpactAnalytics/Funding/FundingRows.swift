import ImpactModel

/// Funding figures for one period.
struct FundingRows {
  let lines: [FundingLine]
  let text: StringPool
  let breakdowns: Bool
  /// Only the reporting period gets `applications_pending`.
  let isReporting: Bool

  func write(attendance: PeriodAttendance, into sink: inout RowSink) {
    guard !lines.isEmpty else { return }
    var total = 0.0
    var byFunder: [String: Double] = [:]
    var byType: [String: Double] = [:]
    var byProgramme: [Int32: Double] = [:]
    for line in lines {
      let amount = FundingAttribution.amount(of: line, in: sink.period)
      guard amount != 0 else { continue }
      total += amount
      byFunder[text[line.funder], default: 0] += amount
      byType[line.type.rawValue, default: 0] += amount
      byProgramme[line.programme, default: 0] += amount
    }
    sink.count(.income, .all, .all, total, unit: .currency, n: nil)
    if breakdowns {
      for (funder, amount) in byFunder {
        sink.count(.income, .funder, Group(funder), amount, unit: .currency, n: nil)
      }
      for (type, amount) in byType {
        sink.count(.income, .fundingType, Group(type), amount, unit: .currency, n: nil)
      }
      for (programme, amount) in byProgramme {
        let label = programme >= 0 ? text[programme] : "Unrestricted"
        sink.count(.income, .programme, Group(label), amount, unit: .currency, n: nil)
      }
    }
    if isReporting { writePending(into: &sink) }
    writeSuccessRate(into: &sink)
    writePerUnit(.all, .all, total, attendance.all, always: true, into: &sink)
    if breakdowns {
      let programmes = attendance.bySession[.programme] ?? [:]
      for (programme, amount) in byProgramme where programme >= 0 {
        writePerUnit(
          .programme, Group(text[programme]), amount, programmes[programme] ?? ReachAccumulator(),
          always: false, into: &sink)
      }
    }
  }

  /// `applications_pending`: all pending lines, whatever their dates.
  private func writePending(into sink: inout RowSink) {
    var total = 0.0
    var byFunder: [String: Double] = [:]
    for line in lines where line.status == .pending {
      total += line.amount
      byFunder[text[line.funder], default: 0] += line.amount
    }
    sink.count(.applicationsPending, .all, .all, total, unit: .currency, n: nil)
    guard breakdowns else { return }
    for (funder, amount) in byFunder where amount != 0 {
      sink.count(.applicationsPending, .funder, Group(funder), amount, unit: .currency, n: nil)
    }
  }

  /// `bid_success_rate` over grant and sponsorship lines dated in the period.
  private func writeSuccessRate(into sink: inout RowSink) {
    var all = (won: 0.0, decided: 0.0)
    var byFunder: [String: (won: Double, decided: Double)] = [:]
    for line in lines where line.type == .grant || line.type == .sponsorship {
      // "whose date or start_date lies in P": either date counts.
      guard [line.date, line.startDate].contains(where: { $0.map(sink.period.contains) == true }),
        line.status != .pending
      else { continue }
      let won = line.status == .declined ? 0.0 : 1.0
      all.won += won
      all.decided += 1
      byFunder[text[line.funder], default: (0, 0)].won += won
      byFunder[text[line.funder], default: (0, 0)].decided += 1
    }
    sink.share(.bidSuccessRate, .all, .all, all.won, all.decided, n: .some(nil))
    guard breakdowns else { return }
    for (funder, counts) in byFunder {
      sink.share(.bidSuccessRate, .funder, Group(funder), counts.won, counts.decided, n: .some(nil))
    }
  }

  /// `funding_per_participant`, `_attendance` and `_hour` for one group. The `all` group
  /// (`always`) gets each row even when its denominator is 0 (an empty value); any other
  /// group gets a row only when its denominator (people, attendances or hours) is non-zero.
  private func writePerUnit(
    _ groupBy: GroupBy, _ group: Group, _ income: Double, _ reach: ReachAccumulator,
    always: Bool, into sink: inout RowSink
  ) {
    let people = reach.people.count
    for (id, units) in [
      (IndicatorID.fundingPerParticipant, Double(people)),
      (.fundingPerAttendance, Double(reach.attendances)), (.fundingPerHour, reach.hours),
    ] where always || units != 0 {
      sink.share(
        id, groupBy, group, income, units, n: .some(people), interval: false, unit: .currency)
    }
  }
}
