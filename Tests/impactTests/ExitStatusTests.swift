import Foundation
import ImpactTestSupport
import Testing

// OUTPUTS.md: 0 done; 1 the data stopped the run; 2 usage or config error; 3 an output could
// not be written.
@Suite(.serialized) struct ExitStatusTests {
  @Test func aCleanReportExitsZeroAndWritesItsFiles() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let result = try CommandRunner.run([
      "report", data.path, "--out", data.path + "/out", "--quiet",
    ])
    #expect(result.status == 0)
    let written = try FileManager.default.contentsOfDirectory(atPath: data.path + "/out")
    for name in [
      "indicators.csv", "indicators.json", "data-quality.csv", "impact-report.xlsx",
      "board-report.md", "board-report.html", "inclusion-report.html", "bid-evidence.md",
    ] {
      #expect(written.contains(name), "\(name) missing")
    }
  }

  @Test func validateExitsOneWhenRowsAreRejected() throws {
    let clean = try TemporaryFolder(TemporaryFolder.register())
    let bad = try TemporaryFolder(TemporaryFolder.register(bad: true))
    defer {
      clean.remove()
      bad.remove()
    }
    #expect(try CommandRunner.run(["validate", clean.path]).status == 0)
    let result = try CommandRunner.run(["validate", bad.path])
    #expect(result.status == 1)
    #expect(result.output.contains("attendance.csv:5 `31/02/2025`"))
  }

  @Test func strictReportExitsOneOnARejectedRow() throws {
    let bad = try TemporaryFolder(TemporaryFolder.register(bad: true))
    defer { bad.remove() }
    let lenient = try CommandRunner.run(["report", bad.path, "--out", bad.path + "/a", "--quiet"])
    #expect(lenient.status == 0)
    let strict = try CommandRunner.run([
      "report", bad.path, "--out", bad.path + "/b", "--strict", "--quiet",
    ])
    #expect(strict.status == 1)
    #expect(!FileManager.default.fileExists(atPath: bad.path + "/b/indicators.csv"))
  }

  @Test(arguments: [
    ["report", "--format", "pdf"], ["report", "--period", "nonsense"],
    ["report", "--words", "abc"],
    ["report", "--funder", "Nobody"], ["nonsense"],
  ])
  func usageMistakesExitTwo(arguments: [String]) throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    var full = arguments
    if arguments.first == "report" {
      full.insert(contentsOf: [data.path, "--out", data.path + "/out"], at: 1)
    }
    let result = try CommandRunner.run(full)
    #expect(result.status == 2)
    #expect(!result.errors.isEmpty)
    // A usage mistake writes nothing.
    #expect(!FileManager.default.fileExists(atPath: data.path + "/out"))
  }

  @Test func aMissingFolderOrBadConfigExitsTwo() throws {
    #expect(try CommandRunner.run(["validate", "/nonexistent/impact-data"]).status == 2)
    let data = try TemporaryFolder(
      TemporaryFolder.register().merging(["impact.yml": "currency: Doubloons\n"]) { $1 })
    defer { data.remove() }
    let result = try CommandRunner.run(["validate", data.path])
    #expect(result.status == 2)
    #expect(result.errors.contains("impact.yml, line 1"))
  }

  @Test func anOutputThatCannotBeWrittenExitsThree() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    // A file stands where the output folder should be.
    try "x".write(toFile: data.path + "/blocked", atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["report", data.path, "--out", data.path + "/blocked"])
    #expect(result.status == 3)
  }

  @Test func sampleRefusesAFolderThatHoldsFiles() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let result = try CommandRunner.run(["sample", data.path])
    #expect(result.status == 2)
    #expect(result.errors.contains("--force"))
    #expect(
      try String(contentsOfFile: data.path + "/attendance.csv", encoding: .utf8)
        == TemporaryFolder.register()["attendance.csv"])
  }
}

/// The tool's own outputs are never read back as data on the next run.
@Suite(.serialized) struct OwnOutputTests {
  @Test func reportsAndChecksInsideTheDataFolderAreLeftOut() throws {
    let data = try TemporaryFolder([
      "attendance.csv": "date,programme,participant_id\n2025-07-01,Choir,P1\n"
    ]
    )
    defer { data.remove() }
    for _ in 1...2 {
      let report = try CommandRunner.run([
        "report", data.path, "--out", data.path + "/out", "--quiet",
      ])
      #expect(report.status == 0, "\(report.errors)")
      let check = try CommandRunner.run([
        "validate", data.path, "--out", data.path + "/chk", "--quiet",
      ])
      #expect(check.status == 0, "\(check.errors)")
    }
    // Run from inside the data folder with the default output folder, reports/<period>.
    for _ in 1...2 {
      let report = try CommandRunner.run(["report", ".", "--quiet"], in: data.path)
      #expect(report.status == 0, "\(report.errors)")
    }
    #expect(
      FileManager.default.fileExists(atPath: data.path + "/reports/2025-26-Q2/indicators.csv"))
  }
}

@Test(arguments: [
  (["sample", "/tmp/impact-never-written", "--scale", "99999999999"], [String: String]()),
  (["validate", "/tmp", "--limit=-3"], [:]),
  (["report", "/tmp/impact-never-read"], ["SOURCE_DATE_EPOCH": "abc"]),
])
func moreUsageMistakesExitTwo(arguments: [String], environment: [String: String]) throws {
  let result = try CommandRunner.run(arguments, environment: environment)
  #expect(result.status == 2)
  #expect(!result.errors.isEmpty)
}
