import ImpactModel

/// Wellbeing and feedback figures for one period.
struct WellbeingRows {
  let feedback: FeedbackTable
  /// The responses dated in the period, in file order.
  let responses: [Int]
  let settings: WellbeingSettings
  let classifier: PersonClassifier
  let rules: [PriorityGroupRule]
  let text: StringPool
  /// The period's attendance, for the first attended date of each person who attended in it.
  let attendance: PeriodAttendance
  let breakdowns: Bool
  /// Trend quarters leave out the means by stage.
  let isTrend: Bool
  /// Each person's attended sessions, for the breakdown of pairs by sessions attended.
  let sessions: PersonSessions

  func write(pairings: [WellbeingScale: WellbeingPairing], into sink: inout RowSink) {
    guard !feedback.measuresPresent.isEmpty || feedback.count > 0 else { return }
    let rows = responses
    writeResponses(rows, into: &sink)
    for scale in [WellbeingScale.swemwbs, .wemwbs]
    where feedback.measuresPresent.contains(scale.measure) {
      if !isTrend { writeMeans(scale, rows, into: &sink) }
      writePairs(scale, pairings[scale]!.pairs(in: sink.period), into: &sink)
    }
    writeAnswers(rows, into: &sink)
    if feedback.measuresPresent.contains(.onsLifeSatisfaction) {
      let pairs = pairings[.lifeSatisfaction]!.pairs(in: sink.period)
      writeChange(WellbeingScale.lifeSatisfaction.measure, programmeGroups(pairs), into: &sink)
      if settings.wellby { writeWellby(pairs, into: &sink) }
    }
    if feedback.measuresPresent.contains(.ucla) {
      if !isTrend { writeMeans(.ucla, rows, into: &sink) }
      let groups = programmeGroups(pairings[.ucla]!.pairs(in: sink.period))
      for (groupBy, group, members, always) in groups where always || !members.isEmpty {
        sink.count(
          .pairs(.ucla), groupBy, group, Double(members.count), unit: .people, n: members.count)
      }
      writeChange(.ucla, groups, into: &sink)
    }
  }

  /// The WELLBY values: life-satisfaction change × its pairs × the value of one WELLBY
  /// (`wellby_value`, and £10,000 and £16,000 for the low and high values), times the price
  /// index and (1 − deadweight) × (1 − attribution).
  private func writeWellby(_ pairs: [WellbeingPair], into sink: inout RowSink) {
    let change = PairedChange(changes: pairs.map(\.change))
    let values: [(IndicatorID, Double)] = [
      (.wellbyValue, settings.wellbyValue), (.wellbyValueLow, WellbeingSettings.wellbyLowValue),
      (.wellbyValueHigh, WellbeingSettings.wellbyHighValue),
    ]
    for (id, perWellby) in values {
      let value = change.mean.map {
        $0 * Double(pairs.count) * perWellby * settings.wellbyPriceIndex
          * (1 - settings.deadweight) * (1 - settings.attribution)
      }
      sink.rows.append(
        IndicatorRow(period: sink.period, indicator: id, unit: .currency, value: value, n: nil))
    }
  }

  /// `feedback_responses`, for everyone and by programme.
  private func writeResponses(_ rows: [Int], into sink: inout RowSink) {
    sink.count(.feedbackResponses, .all, .all, Double(rows.count), unit: .count, n: rows.count)
    guard breakdowns else { return }
    var byProgramme: [Int32: Int] = [:]
    for row in rows { byProgramme[feedback.programme[row], default: 0] += 1 }
    for (programme, count) in byProgramme {
      sink.count(
        .feedbackResponses, .programme, label(programme), Double(count), unit: .count, n: count)
    }
  }

  /// `*_mean` by stage.
  private func writeMeans(_ scale: WellbeingScale, _ rows: [Int], into sink: inout RowSink) {
    var byStage: [FeedbackStage: [Double]] = [:]
    var all: [Double] = []
    for row in rows {
      guard let score = scale.score(feedback, row) else { continue }
      byStage[feedback.stage[row], default: []].append(score)
      all.append(score)
    }
    sink.mean(.mean(scale.measure), .stage, .all, MeanSummary(values: all))
    for (stage, scores) in byStage {
      sink.mean(.mean(scale.measure), .stage, Group(stage.rawValue), MeanSummary(values: scores))
    }
  }

  /// Pairs, change and improved/declined shares, for everyone, by programme, person field
  /// and priority group.
  private func writePairs(
    _ scale: WellbeingScale, _ pairs: [WellbeingPair], into sink: inout RowSink
  ) {
    var groups = programmeGroups(pairs)
    if breakdowns {
      for field in PersonField.breakdownFields {
        var byLabel: [Group: [WellbeingPair]] = [:]
        for pair in pairs {
          byLabel[
            classifier.label(field, of: Int(pair.participant), on: day(pair)).map(Group.init)
              ?? .unknown,
            default: []
          ]
          .append(pair)
        }
        groups += byLabel.map { (.person(field), $0.key, $0.value, false) }
      }
      for rule in rules {
        let test = PriorityRuleTest(rule, participants: classifier.participants)
        let inside = pairs.filter {
          classifier.isIn(test, person: Int($0.participant), on: day($0)) == true
        }
        groups.append((.priorityGroup, Group(rule.id), inside, true))
      }
      var bySessions: [Group: [WellbeingPair]] = [:]
      for pair in pairs {
        let count = sessions.count(
          person: pair.participant, programme: pair.programme, from: pair.preDay,
          through: pair.postDay)
        bySessions[PersonSessions.band(count), default: []].append(pair)
      }
      groups += bySessions.map { (.sessionsAttended, $0.key, $0.value, false) }
    }
    let threshold =
      scale == .swemwbs ? settings.swemwbsMeaningfulChange : settings.wemwbsMeaningfulChange
    for (groupBy, group, members, always) in groups where always || !members.isEmpty {
      let count = Double(members.count)
      sink.count(.pairs(scale.measure), groupBy, group, count, unit: .people, n: members.count)
      writeChange(scale.measure, [(groupBy, group, members, always)], into: &sink)
      let improved = Double(members.filter { $0.change >= threshold }.count)
      let declined = Double(members.filter { $0.change <= -threshold }.count)
      sink.share(.improvedShare(scale.measure), groupBy, group, improved, count, n: members.count)
      sink.share(.declinedShare(scale.measure), groupBy, group, declined, count, n: members.count)
    }
  }

  /// `*_change` rows: mean change, 95% t interval, paired t-test p-value and Cohen's d_z.
  private func writeChange(
    _ measure: FeedbackMeasure, _ groups: [(GroupBy, Group, [WellbeingPair], Bool)],
    into sink: inout RowSink
  ) {
    for (groupBy, group, members, always) in groups where always || !members.isEmpty {
      let change = PairedChange(changes: members.map(\.change))
      var row = IndicatorRow(
        period: sink.period, indicator: .change(measure), groupBy: groupBy, group: group,
        unit: .score, value: change.mean, n: members.count)
      row.numerator = change.sum
      row.denominator = Double(members.count)
      row.ciLow = change.confidenceInterval95?.lower
      row.ciHigh = change.confidenceInterval95?.upper
      row.pValue = change.pValue
      row.effectSize = change.effectSize
      sink.rows.append(row)
    }
  }

  /// Everyone, and by programme when breakdowns are wanted.
  private func programmeGroups(_ pairs: [WellbeingPair]) -> [(
    GroupBy, Group, [WellbeingPair], Bool
  )] {
    var groups: [(GroupBy, Group, [WellbeingPair], Bool)] = [(.all, .all, pairs, true)]
    guard breakdowns else { return groups }
    var byProgramme: [Int32: [WellbeingPair]] = [:]
    for pair in pairs { byProgramme[pair.programme, default: []].append(pair) }
    groups += byProgramme.map { (.programme, label($0.key), $0.value, false) }
    return groups
  }

  /// ONS means and low/high shares, satisfaction and NPS, for everyone and by programme.
  private func writeAnswers(_ rows: [Int], into sink: inout RowSink) {
    let measures: [(FeedbackMeasure, KeyPath<FeedbackTable, [Int8?]>)] = [
      (.onsLifeSatisfaction, \.onsLifeSatisfaction), (.onsWorthwhile, \.onsWorthwhile),
      (.onsHappy, \.onsHappy), (.onsAnxious, \.onsAnxious), (.satisfaction, \.satisfaction),
      (.recommend, \.recommend),
    ]
    for (measure, column) in measures where feedback.measuresPresent.contains(measure) {
      var groups: [(GroupBy, Group, [Double])] = []
      let column = feedback[keyPath: column]  // once: a key path read copies the table
      let answers = rows.compactMap { column[$0].map(Double.init) }
      groups.append((.all, .all, answers))
      if breakdowns {
        var byProgramme: [Int32: [Double]] = [:]
        for row in rows {
          guard let answer = column[row] else { continue }
          byProgramme[feedback.programme[row], default: []].append(Double(answer))
        }
        groups += byProgramme.map { (.programme, label($0.key), $0.value) }
      }
      for (groupBy, group, values) in groups where groupBy == .all || !values.isEmpty {
        writeAnswerRows(measure, groupBy, group, values, into: &sink)
      }
    }
  }

  private func writeAnswerRows(
    _ measure: FeedbackMeasure, _ groupBy: GroupBy, _ group: Group, _ values: [Double],
    into sink: inout RowSink
  ) {
    let count = Double(values.count)
    let n = values.count
    func share(_ id: IndicatorID, _ test: (Double) -> Bool) {
      sink.share(id, groupBy, group, Double(values.filter(test).count), count, n: n)
    }
    switch measure {
    case .onsLifeSatisfaction, .onsWorthwhile, .onsHappy:
      sink.mean(.mean(measure), groupBy, group, MeanSummary(values: values))
      share(.lowShare(measure)) { $0 <= 4 }
    case .onsAnxious:
      sink.mean(.mean(measure), groupBy, group, MeanSummary(values: values))
      share(.highShare(measure)) { $0 >= 6 }
    case .satisfaction:
      share(.satisfiedShare) { $0 >= 4 }
      sink.mean(.mean(measure), groupBy, group, MeanSummary(values: values))
    case .recommend:
      let promoters = Double(values.filter { $0 >= 9 }.count)
      let detractors = Double(values.filter { $0 <= 6 }.count)
      var row = IndicatorRow(
        period: sink.period, indicator: .nps, groupBy: groupBy, group: group, unit: .score,
        value: count > 0 ? 100 * (promoters - detractors) / count : nil, n: n)
      row.numerator = promoters - detractors
      row.denominator = count
      sink.rows.append(row)
    case .swemwbs, .wemwbs, .loneliness, .ucla: break
    }
  }

  /// The date a pair's person is classified on: their first attended date in the period,
  /// or the post response's date for someone who did not attend in it.
  private func day(_ pair: WellbeingPair) -> Day {
    attendance.firstDay(of: pair.participant) ?? pair.postDay
  }

  private func label(_ programme: Int32) -> Group {
    programme >= 0 ? Group(text[programme]) : .unknown
  }
}
