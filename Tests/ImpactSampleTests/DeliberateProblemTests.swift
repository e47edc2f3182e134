import ImpactModel
import ImpactSample
import Testing

@Suite struct DeliberateProblemTests {
  @Test func everyProblemIsListedOnce() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    let listed = sample.summary.problems.map { "\($0.file) \($0.column) \($0.severity)" }
    #expect(
      listed == [
        "attendance/attendance-young-creatives-2024-25.csv date rejected",
        "attendance/attendance-young-creatives-2025-26.csv participant_id duplicate",
        "attendance/attendance-youth-theatre-2024-25.csv activity rejected",
        "attendance/attendance-family-saturdays-2024-25.csv setting warning",
        "attendance/attendance-family-saturdays-2025-26.csv programme rejected",
        "feedback/feedback-wellbeing-2024-25.csv swemwbs_3 warning",
        "feedback/feedback-wellbeing-2024-25.csv response_id duplicate",
        "participants.csv age warning",
        "funding.csv reference duplicate",
        "funding.csv amount rejected",
        "funding.csv date warning",
      ])
  }

  @Test func eachProblemIsOnItsStatedLine() throws {
    for scale in [1, 2] {
      let sample = try GeneratedSample(seed: 7, scale: scale)
      defer { sample.remove() }
      for problem in sample.summary.problems {
        let lines = try sample.lines(problem.file)
        let line = lines[problem.line - 1]
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        switch (problem.file, problem.column) {
        case ("attendance/attendance-young-creatives-2024-25.csv", "date"):
          #expect(line.hasPrefix("31/02/2025,Young Creatives,RAC-"))
        case (_, "participant_id"):
          #expect(line == lines[problem.line - 2])
          #expect(fields[3] == problem.value)
        case (_, "activity"):
          #expect(line.contains(",Youth Theatre,RAC-"))
          #expect(line.contains(",\"Big\" Band,Riverside Arts Centre"))
        case (_, "setting"):
          #expect(fields[6] == "Bandstand")
        case (_, "programme"):
          #expect(fields[1] == "")
          #expect(!fields[0].isEmpty)
        case (_, "swemwbs_3"):
          #expect(fields[7] == "7")
          #expect(fields[4] == "pre" || fields[4] == "post")
        case (_, "response_id"):
          #expect(line == lines[problem.line - 2])
          #expect(fields[0] == problem.value)
        case (_, "age"):
          #expect(fields[3] == "212")
        case (_, "reference"):
          #expect(line.contains("NLHF-OM-24-00981"))
          #expect(line.contains("\"\u{A3}9,750.00\""))
          #expect(lines[problem.line - 2].contains("NLHF-OM-24-00981"))
          #expect(lines[problem.line - 2].contains("GBP 9750"))
        case (_, "amount"):
          #expect(fields[5] == "-250.00")
        case (_, "date"):
          #expect(fields[0] == "Local Council")
          #expect(fields[6] == "" && fields[7] == "" && fields[8] == "")
        default:
          Issue.record("unexpected problem \(problem)")
        }
      }
    }
  }

  @Test func theImpossibleDateIsTheOnlyOneInItsFile() throws {
    let sample = try GeneratedSample()
    defer { sample.remove() }
    let lines = try sample.lines("attendance/attendance-young-creatives-2024-25.csv")
    #expect(lines.filter { $0.hasPrefix("31/02/") }.count == 1)
    #expect(lines.filter { $0.hasPrefix("30/02/") || $0.hasPrefix("29/02/2025") }.isEmpty)
  }
}
