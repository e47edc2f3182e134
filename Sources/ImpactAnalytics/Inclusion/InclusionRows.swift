import ImpactModel

/// Who took part: shares by person field, data completeness, priority-group shares and
/// representation against benchmarks.
struct InclusionRows {
  let people: PeopleInPeriod
  let attendance: PeriodAttendance
  let rules: [PriorityGroupRule]
  /// Benchmark shares per person field, per group label.
  let benchmarks: [PersonField: [String: Double]]
  let text: StringPool
  let breakdowns: Bool

  func write(into sink: inout RowSink) {
    if breakdowns { writeShares(into: &sink) }
    writePriorityShares(into: &sink)
  }

  /// `participant_share`, `data_completeness` and the field `representation_index` rows.
  private func writeShares(into sink: inout RowSink) {
    let everyone = Double(people.people.count)
    for field in PersonField.breakdownFields {
      let column = people.labels[field]!
      let counts = Array(zip(column.labels, column.tallies))
      let known = Double(counts.reduce(0) { $0 + $1.1 })
      let fieldBenchmarks = benchmarks[field] ?? [:]
      for (label, count) in counts {
        sink.share(.participantShare, .person(field), Group(label), Double(count), known)
        if let benchmark = Self.benchmark(fieldBenchmarks, label) {
          sink.rows[sink.rows.count - 1].benchmark = benchmark
        }
      }
      for (label, benchmark) in fieldBenchmarks {
        let count = Double(counts.first { $0.0.lowercased() == label.lowercased() }?.1 ?? 0)
        var row = IndicatorRow(
          period: sink.period, indicator: .representationIndex, groupBy: .person(field),
          group: Group(field.label(matching: label) ?? label), unit: .ratio,
          value: known > 0 && benchmark > 0 ? count / known / benchmark : nil,
          n: RowSink.peopleShareN(count, known))
        row.benchmark = benchmark
        sink.rows.append(row)
      }
      if PersonField.completenessFields.contains(field) {
        sink.share(.dataCompleteness, .person(field), .all, known, everyone)
      }
    }
  }

  /// `priority_share:ID` and `priority_share:any`, for everyone and each session-field group,
  /// and the priority groups' `representation_index` rows.
  private func writePriorityShares(into sink: inout RowSink) {
    // Each group's people (`nil` for everyone), turned into positions one group at a time.
    var groups: [(groupBy: GroupBy, group: Group, people: [Int32]?)] = [(.all, .all, nil)]
    if breakdowns {
      for field in SessionField.allCases {
        for (key, acc) in attendance.bySession[field] ?? [:] where !acc.people.isEmpty {
          groups.append((field.groupBy, field.label(key, text: text), acc.people))
        }
      }
    }
    for (groupBy, group, groupPeople) in groups {
      let members = groupPeople?.map(attendance.position) ?? Array(people.people.indices)
      let isAll = groupBy == .all
      for (index, rule) in rules.enumerated() {
        let standing = people.standing[index]
        let inside = members.reduce(0) { $0 + (standing[$1] == .inside ? 1 : 0) }
        let evaluable = members.reduce(0) { $0 + (standing[$1] == .notEvaluable ? 0 : 1) }
        guard isAll || evaluable > 0 else { continue }
        sink.share(.priorityShare(rule.id), groupBy, group, Double(inside), Double(evaluable))
        guard isAll, let benchmark = rule.benchmark else { continue }
        sink.rows[sink.rows.count - 1].benchmark = benchmark
        // The index is a breakdown by priority group: not in the trend quarters.
        guard breakdowns else { continue }
        var row = IndicatorRow(
          period: sink.period, indicator: .representationIndex, groupBy: .priorityGroup,
          group: Group(rule.id), unit: .ratio,
          value: evaluable > 0 && benchmark > 0
            ? Double(inside) / Double(evaluable) / benchmark : nil,
          n: RowSink.peopleShareN(Double(inside), Double(evaluable)))
        row.benchmark = benchmark
        sink.rows.append(row)
      }
      let anyInside = members.reduce(0) { count, member in
        count + (people.standing.contains { $0[member] == .inside } ? 1 : 0)
      }
      sink.share(.priorityShareAny, groupBy, group, Double(anyInside), Double(members.count))
    }
  }

  static func benchmark(_ benchmarks: [String: Double], _ label: String) -> Double? {
    benchmarks.first { $0.key.lowercased() == label.lowercased() }?.value
  }
}
