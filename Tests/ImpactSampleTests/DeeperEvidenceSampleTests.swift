import ImpactAnalytics
import ImpactIngest
import ImpactModel
import Testing

/// The sample exercises the deeper evidence: loneliness answers before and after, drop-outs
/// who started with higher wellbeing, and more change with more sessions. The first two are
/// read straight from the files; the last from the figures by sessions attended.
@Suite struct DeeperEvidenceSampleTests {
  private static let metric: [Double] = [
    7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98,
    18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31,
    30.70, 32.55, 35.00,
  ]
  private static let itemLabels = [
    "None of the time": 1, "Rarely": 2, "Some of the time": 3, "Often": 4, "All of the time": 5,
  ]
  private static let paths = [
    "feedback/feedback-wellbeing-2024-25.csv", "feedback/feedback-wellbeing-2025-26.csv",
  ]

  @Test func lonelinessIsAnsweredBeforeAndAfterAndFallsALittle() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    var often: [String: (Int, Int)] = ["pre": (0, 0), "post": (0, 0)]
    var ucla = 0
    for path in Self.paths {
      let records = try sample.records(path)
      let header = records[0]
      let lonely = try #require(
        header.firstIndex { $0 == "loneliness" || $0 == "How often do you feel lonely?" })
      #expect(header.count == lonely + 4, "\(path): the three UCLA items follow")
      for record in records.dropFirst() {
        let stage = ["pre", "Baseline"].contains(record[4]) ? "pre" : "post"
        let answer = record[lonely]
        if !answer.isEmpty {
          let isOften = answer == "often_always" || answer == "Often/always"
          often[stage] = (often[stage]!.0 + (isOften ? 1 : 0), often[stage]!.1 + 1)
        }
        let items = record[(lonely + 1)...(lonely + 3)]
        // All three items or none, each 1–3 or its label.
        #expect(items.allSatisfy(\.isEmpty) || !items.contains(where: \.isEmpty))
        if !items.contains(where: \.isEmpty) { ucla += 1 }
      }
    }
    let (preOften, preAnswers) = often["pre"]!
    let (postOften, postAnswers) = often["post"]!
    #expect(preAnswers >= 200 && postAnswers >= 100, "\(preAnswers) and \(postAnswers) answers")
    #expect(ucla >= preAnswers)
    let before = Double(preOften) / Double(preAnswers)
    let after = Double(postOften) / Double(postAnswers)
    #expect((0.08...0.35).contains(before), "before \(before)")
    #expect(after < before, "after \(after), before \(before)")
  }

  @Test func peopleWhoLeftStartedWithHigherWellbeing() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    var pre: [String: Double] = [:]
    var completed: Set<String> = []
    for path in Self.paths {
      for record in try sample.records(path).dropFirst() {
        let items = record[5...11].map { Int($0) ?? Self.itemLabels[$0] ?? 0 }
        guard items.allSatisfy({ (1...5).contains($0) }) else { continue }
        let key = record[2] + "|" + record[3]
        if ["pre", "Baseline"].contains(record[4]) {
          pre[key] = pre[key] ?? Self.metric[items.reduce(0, +) - 7]
        } else if pre[key] != nil {
          completed.insert(key)
        }
      }
    }
    let stayed = pre.filter { completed.contains($0.key) }.map(\.value)
    let left = pre.filter { !completed.contains($0.key) }.map(\.value)
    #expect(left.count >= 50 && stayed.count >= 50, "\(left.count) left, \(stayed.count) stayed")
    let mean = { (values: [Double]) in values.reduce(0, +) / Double(values.count) }
    #expect(mean(left) - mean(stayed) >= 0.5, "left \(mean(left)), stayed \(mean(stayed))")
  }

  @Test func moreSessionsGoWithMoreChange() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    let configuration = try ConfigLoader(knownColumns: CanonicalColumns.names)
      .load(path: sample.folder.path + "/impact.yml")
    let dataset = try DataFolderReader(configuration: configuration).read(
      folder: sample.folder.path)
    let engine = IndicatorEngine(dataset: dataset, configuration: configuration)
    let year = PeriodCalendar().period(ofYear: 2025)
    let table = engine.table(for: try #require(engine.periods(for: .fixed(year))))
    // The bands fewest sessions first, those with at least ten pairs.
    let groups = table.groups(of: .sessionsAttended, for: .change(.swemwbs), in: year)
    let rows = groups.compactMap {
      table.row(.change(.swemwbs), in: year, groupBy: .sessionsAttended, group: $0)
    }.filter { ($0.n ?? 0) >= 10 && $0.value != nil }
    #expect(rows.count >= 2, "\(rows.map(\.group))")
    let fewest = try #require(rows.first?.value)
    let most = try #require(rows.last?.value)
    #expect(most > fewest + 0.5, "\(rows.last!.group): \(most), \(rows.first!.group): \(fewest)")
  }
}
