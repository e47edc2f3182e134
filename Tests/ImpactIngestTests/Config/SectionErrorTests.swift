import ImpactIngest
import Testing

@Suite("impact.yml errors: columns, targets and benchmarks")
struct SectionErrorTests {
  @Test(
    "Errors name the line and key path",
    arguments: [
      // columns
      ("columns:\n  attendence:\n    date: [Day]\n", 2, "columns.attendence"),
      (
        "columns:\n  attendance:\n    participant_idd: [X]\n", 3,
        "columns.attendance.participant_idd"
      ),
      (
        "columns:\n  participants:\n    care_experienced: [X]\n", 3,
        "columns.participants.care_experienced"
      ),
      ("columns:\n  feedback:\n    swemwbs_1: { a: b }\n", 3, "columns.feedback.swemwbs_1"),
      (
        "columns:\n  feedback:\n    swemwbs_1:\n      - ok\n      - [x, y]\n", 5,
        "columns.feedback.swemwbs_1[2]"
      ),
      ("columns: [attendance]\n", 1, "columns"),
      // targets
      ("targets:\n  sessions: { quarterly: 120 }\n", 2, "targets.sessions.quarterly"),
      ("targets:\n  sessions:\n    quarter: lots\n", 3, "targets.sessions.quarter"),
      ("targets:\n  sessions: { quarter: 1, direction: down }\n", 2, "targets.sessions.direction"),
      ("targets:\n  sessions: [1, 2]\n", 2, "targets.sessions"),
      ("targets:\n  sessions: { direction: lower }\n", 2, "targets.sessions"),
      ("targets:\n  sessions: lots\n", 2, "targets.sessions"),
      ("targets: 5\n", 1, "targets"),
      // benchmarks
      ("benchmarks:\n  disability: { Disabled: 17.3 }\n", 2, "benchmarks.disability.Disabled"),
      ("benchmarks:\n  gender:\n    Female: 0.5\n", 3, "benchmarks.gender.Female"),
      ("benchmarks:\n  region: { North: 0.5 }\n", 2, "benchmarks.region"),
      ("benchmarks:\n  disability: 0.17\n", 2, "benchmarks.disability"),
    ])
  func located(yaml: String, line: Int, path: String) throws {
    let error = try #require(ConfigTestSupport.error(yaml))
    #expect(error.location?.line == line)
    #expect(error.location?.keyPath == path)
    #expect(error.description.hasPrefix("impact.yml, line \(line), key \(path): "))
  }

  @Test("An unknown kind of file suggests the near miss and lists the kinds")
  func unknownKind() throws {
    let error = try #require(ConfigTestSupport.error("columns:\n  attendence:\n    date: [Day]\n"))
    #expect(
      error.description
        == "impact.yml, line 2, key columns.attendence: \"attendence\" is not a kind of file. "
        + "Did you mean \"attendance\"? Accepted: attendance, participants, feedback, funding.")
  }

  @Test("An unknown column lists the canonical columns of its kind")
  func unknownColumn() throws {
    let error = try #require(
      ConfigTestSupport.error("columns:\n  attendance:\n    participant_idd: [X]\n"))
    #expect(
      error.description
        == "impact.yml, line 3, key columns.attendance.participant_idd: \"participant_idd\" is "
        + "not a column name of attendance files. Did you mean \"participant_id\"? Accepted: "
        + "date, headcount, participant_id, programme.")
  }

  @Test("Aliases must be texts")
  func aliasesNotTexts() throws {
    let error = try #require(
      ConfigTestSupport.error("columns:\n  feedback:\n    swemwbs_1: { a: b }\n"))
    guard case .wrongType = error else {
      Issue.record("expected a wrong type, got \(error)")
      return
    }
    #expect(error.description.contains("found a section"))
    #expect(error.description.contains("list of texts"))
  }

  @Test("A target map with an unknown key lists the accepted keys")
  func unknownTargetKey() throws {
    let error = try #require(ConfigTestSupport.error("targets:\n  sessions: { quarterly: 120 }\n"))
    #expect(
      error.description
        == "impact.yml, line 2, key targets.sessions.quarterly: \"quarterly\" is not a setting "
        + "accepted here. Did you mean \"quarter\"? Accepted: quarter, year, ytd, value, "
        + "direction.")
  }

  @Test("A direction other than lower or higher")
  func badDirection() throws {
    let error = try #require(
      ConfigTestSupport.error("targets:\n  sessions: { quarter: 1, direction: down }\n"))
    #expect(
      error
        == .invalidValue(
          ConfigLocation(
            file: "impact.yml", line: 2, column: 38, keyPath: "targets.sessions.direction"),
          value: "down", problem: "is not a direction",
          advice: "use higher (met when the figure is at least the target, the default) or "
            + "lower (met when it is at most the target)"))
  }

  @Test("A benchmark label that is not one of the field's labels")
  func unknownBenchmarkLabel() throws {
    let error = try #require(ConfigTestSupport.error("benchmarks:\n  gender:\n    Female: 0.5\n"))
    #expect(
      error.description
        == "impact.yml, line 3, key benchmarks.gender.Female: \"Female\" is not a gender group "
        + "label. Accepted: Woman, Man, Non-binary, Other.")
  }

  @Test("A benchmark share outside 0-1")
  func benchmarkShare() throws {
    let error = try #require(
      ConfigTestSupport.error("benchmarks:\n  disability: { Disabled: 17.3 }\n"))
    #expect(
      error.description
        == "impact.yml, line 2, key benchmarks.disability.Disabled: \"17.3\" is not a share "
        + "between 0 and 1; write the group's share of the population you serve as a number "
        + "from 0 to 1 (17.3% is 0.173).")
  }
}
