import ImpactModel

/// The "Deeper evidence" figures of one period (INDICATORS.md): gaps from the population norms,
/// ONS bands, loneliness and completion. The UCLA pairs and the breakdown of pairs by sessions
/// attended are written with the other pairs, by ``WellbeingRows``.
struct EvidenceRows {
  let feedback: FeedbackTable
  /// The responses dated in the period, in file order.
  let responses: [Int]
  let settings: WellbeingSettings
  let comparison: NormComparison
  let completion: [WellbeingScale: CompletionIndex]
  let text: StringPool
  let breakdowns: Bool
  /// Trend quarters leave out the band and stage rows.
  let isTrend: Bool

  /// The ONS answers, with their columns.
  var onsMeasures: [(FeedbackMeasure, KeyPath<FeedbackTable, [Int8?]>)] {
    [
      (.onsLifeSatisfaction, \.onsLifeSatisfaction), (.onsWorthwhile, \.onsWorthwhile),
      (.onsHappy, \.onsHappy), (.onsAnxious, \.onsAnxious),
    ]
  }

  func write(into sink: inout RowSink) {
    let present = feedback.measuresPresent
    for scale in [WellbeingScale.swemwbs, .wemwbs] where present.contains(scale.measure) {
      if let norm = settings.norms[scale.measure] { writeBaselineGap(scale, norm, into: &sink) }
      writeCompletion(scale, into: &sink)
    }
    for (measure, column) in onsMeasures where present.contains(measure) {
      if let norm = settings.norms[measure] { writeGap(measure, column, norm, into: &sink) }
      if !isTrend { writeBands(measure, column, into: &sink) }
    }
    if present.contains(.loneliness), !isTrend { writeLoneliness(into: &sink) }
  }

  /// `*_baseline_gap`: compared scored `pre` responses, score − norm.
  private func writeBaselineGap(
    _ scale: WellbeingScale, _ norm: PopulationNorm, into sink: inout RowSink
  ) {
    var deviations: [(programme: Int32, value: Double)] = []
    for row in responses where feedback.stage[row] == .pre {
      guard let score = scale.score(feedback, row),
        let expected = comparison.norm(
          norm, person: feedback.participant[row], on: feedback.day[row])
      else { continue }
      deviations.append((feedback.programme[row], score - expected))
    }
    writeGapRows(.baselineGap(scale.measure), deviations, into: &sink)
  }

  /// `ons_*_gap`: compared answers of every stage, answer − norm.
  private func writeGap(
    _ measure: FeedbackMeasure, _ column: KeyPath<FeedbackTable, [Int8?]>,
    _ norm: PopulationNorm, into sink: inout RowSink
  ) {
    var deviations: [(programme: Int32, value: Double)] = []
    let answers = feedback[keyPath: column]  // once: a key path read copies the table
    for row in responses {
      guard let answer = answers[row],
        let expected = comparison.norm(
          norm, person: feedback.participant[row], on: feedback.day[row])
      else { continue }
      deviations.append((feedback.programme[row], Double(answer) - expected))
    }
    writeGapRows(.gap(measure), deviations, into: &sink)
  }

  /// A gap's rows: mean deviation, 95% t interval, one-sample t-test against 0 and mean ÷ SD,
  /// for everyone (always) and by programme (where it has deviations).
  private func writeGapRows(
    _ id: IndicatorID, _ deviations: [(programme: Int32, value: Double)],
    into sink: inout RowSink
  ) {
    var groups: [(GroupBy, Group, [Double])] = [(.all, .all, deviations.map(\.value))]
    if breakdowns {
      var byProgramme: [Int32: [Double]] = [:]
      for deviation in deviations {
        byProgramme[deviation.programme, default: []].append(deviation.value)
      }
      groups += byProgramme.map { (.programme, label($0.key), $0.value) }
    }
    for (groupBy, group, values) in groups {
      let gap = PairedChange(changes: values)
      var row = IndicatorRow(
        period: sink.period, indicator: id, groupBy: groupBy, group: group, unit: .score,
        value: gap.mean, n: values.count)
      row.numerator = gap.sum
      row.denominator = Double(values.count)
      row.ciLow = gap.confidenceInterval95?.lower
      row.ciHigh = gap.confidenceInterval95?.upper
      row.pValue = gap.pValue
      row.effectSize = gap.effectSize
      sink.rows.append(row)
    }
  }

  /// `ons_*_band`: the share of answers in each band, every band a row when there are answers.
  private func writeBands(
    _ measure: FeedbackMeasure, _ column: KeyPath<FeedbackTable, [Int8?]>,
    into sink: inout RowSink
  ) {
    let column = feedback[keyPath: column]  // once: a key path read copies the table
    let answers = responses.compactMap { column[$0] }
    guard !answers.isEmpty else { return }
    let total = Double(answers.count)
    for band in ONSBand.bands(for: measure) {
      let inside = Double(answers.filter { band.answers.contains(Int($0)) }.count)
      sink.share(.band(measure), .band, Group(band.name), inside, total, n: answers.count)
    }
  }

  /// `lonely_often_share` by stage: `All` always, a stage when it has answers.
  private func writeLoneliness(into sink: inout RowSink) {
    var often: [FeedbackStage: Int] = [:]
    var answers: [FeedbackStage: Int] = [:]
    for row in responses {
      guard let answer = feedback.loneliness[row] else { continue }
      answers[feedback.stage[row], default: 0] += 1
      if answer == .oftenAlways { often[feedback.stage[row], default: 0] += 1 }
    }
    let allAnswers = answers.values.reduce(0, +)
    sink.share(
      .lonelyOftenShare, .stage, .all, Double(often.values.reduce(0, +)), Double(allAnswers),
      n: allAnswers)
    for (stage, count) in answers {
      sink.share(
        .lonelyOftenShare, .stage, Group(stage.rawValue), Double(often[stage] ?? 0),
        Double(count), n: count)
    }
  }

  /// `*_completion_share` and `*_completion_gap`, for everyone and by programme.
  private func writeCompletion(_ scale: WellbeingScale, into sink: inout RowSink) {
    guard let index = completion[scale] else { return }
    var everyone = CompletionGroup()
    var byProgramme: [Int32: CompletionGroup] = [:]
    for row in responses where feedback.stage[row] == .pre && feedback.participant[row] >= 0 {
      guard let score = scale.score(feedback, row) else { continue }
      let completed = index.isCompleted(feedback, row: row)
      everyone.add(score, completed: completed)
      if breakdowns {
        byProgramme[feedback.programme[row], default: CompletionGroup()].add(
          score, completed: completed)
      }
    }
    var groups: [(GroupBy, Group, CompletionGroup)] = [(.all, .all, everyone)]
    groups += byProgramme.map { (.programme, label($0.key), $0.value) }
    for (groupBy, group, members) in groups {
      let responses = members.completers.count + members.leavers.count
      sink.share(
        .completionShare(scale.measure), groupBy, group, Double(members.completers.count),
        Double(responses), n: responses)
      let welch = WelchComparison(first: members.leavers, second: members.completers)
      var row = IndicatorRow(
        period: sink.period, indicator: .completionGap(scale.measure), groupBy: groupBy,
        group: group, unit: .score, value: welch.difference,
        n: min(members.completers.count, members.leavers.count))
      row.ciLow = welch.confidenceInterval95?.lower
      row.ciHigh = welch.confidenceInterval95?.upper
      row.pValue = welch.pValue
      sink.rows.append(row)
    }
  }

  private func label(_ programme: Int32) -> Group {
    programme >= 0 ? Group(text[programme]) : .unknown
  }
}

/// The `pre` scores of completers and of those who left.
private struct CompletionGroup {
  var completers = MeanSummary()
  var leavers = MeanSummary()

  mutating func add(_ score: Double, completed: Bool) {
    if completed { completers.add(score) } else { leavers.add(score) }
  }
}
