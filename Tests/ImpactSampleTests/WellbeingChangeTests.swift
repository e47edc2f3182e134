import Testing

@Suite struct WellbeingChangeTests {
  /// The SWEMWBS raw-to-metric table (raw 7–35), from the shared reference folder.
  private static let metric: [Double] = [
    7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98,
    18.59, 19.25, 19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31,
    30.70, 32.55, 35.00,
  ]

  private static let labels = [
    "None of the time": 1, "Rarely": 2, "Some of the time": 3, "Often": 4, "All of the time": 5,
  ]

  @Test func pairedSwemwbsScoresImproveByAboutTwoMetricPoints() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    var pre: [String: Double] = [:]
    var post: [String: Double] = [:]
    for path in [
      "feedback/feedback-wellbeing-2024-25.csv", "feedback/feedback-wellbeing-2025-26.csv",
    ] {
      for record in try sample.records(path).dropFirst() {
        let items = record[5...11].map { Int($0) ?? Self.labels[$0] ?? 0 }
        guard items.allSatisfy({ (1...5).contains($0) }) else { continue }
        let score = Self.metric[items.reduce(0, +) - 7]
        let person = record[2]
        if record[4] == "pre" || record[4] == "Baseline" {
          pre[person] = pre[person] ?? score
        } else if record[4] == "post" || record[4] == "End of programme" {
          post[person] = post[person] ?? score
        }
      }
    }
    let changes = pre.keys.compactMap { person in post[person].map { $0 - pre[person]! } }
    #expect(changes.count >= 60)
    let mean = changes.reduce(0, +) / Double(changes.count)
    #expect((1.5...3.0).contains(mean), "mean change \(mean)")
    #expect(changes.contains { $0 < 0 }, "some people decline")
    #expect(pre.count > changes.count, "some have a pre survey without a post")
  }
}
