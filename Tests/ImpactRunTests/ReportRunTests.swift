import Foundation
import ImpactExport
import ImpactFiles
import ImpactRun
import ImpactTestSupport
import Testing

@Suite struct ReportRunTests {
  @Test func aCleanRunWritesTheChosenFilesForTheLatestQuarter() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let out = data.path + "/out"
    let run = ReportRun(
      options: .init(
        dataFolder: data.path, out: out, formats: [.csv, .json],
        generatedAt: Date(timeIntervalSince1970: 1_775_034_000)))
    let result = try run.run()
    // The last session is 2025-07-08: the July-September quarter of the April financial year.
    #expect(result.period.label == "2025-26 Q2")
    #expect(result.folder == out)
    #expect(
      result.files
        == ["indicators.csv", "data-quality.csv", "indicators.json"].map {
          out + "/" + $0
        })
    #expect(result.rejectedRows == 0)
    let written = try FileManager.default.contentsOfDirectory(atPath: out).filter {
      !$0.hasPrefix(".")
    }
    #expect(Set(written) == ["indicators.csv", "data-quality.csv", "indicators.json"])
    // 1_775_034_000 seconds after 1970 is 09:00 UTC on 1 April 2026.
    let json = try String(contentsOfFile: out + "/indicators.json", encoding: .utf8)
    #expect(json.contains(#""generated_at": "2026-04-01T09:00:00Z""#))
    let lines = try String(contentsOfFile: out + "/indicators.csv", encoding: .utf8)
      .split(separator: "\n")
    #expect(lines.count == result.figures + 1)
  }

  @Test func aYearAskedForIsTheYearReported() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let out = data.path + "/year"
    let run = ReportRun(
      options: .init(
        dataFolder: data.path, period: "2025-26", out: out, formats: [.md], audiences: [.board]))
    let result = try run.run()
    #expect(result.period.label == "2025-26")
    #expect(result.files == [out + "/board-report.md"])
    #expect(FileManager.default.fileExists(atPath: out + "/board-report.md"))
  }

  @Test func progressNamesEachPhaseInOrder() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let out = data.path + "/out"
    var phases: [String] = []
    var ended = 0
    _ = try ReportRun(options: .init(dataFolder: data.path, out: out, formats: [.csv])).run {
      switch $0 {
      case .phase(let text): phases.append(text)
      case .readingEnded: ended += 1
      default: break
      }
    }
    #expect(ended == 1)
    #expect(
      phases == [
        "Computing figures from 3 attendance rows, 0 responses and 0 funding lines",
        "Writing the reports to \(out)", "",
      ])
  }

  @Test func aRejectedRowIsCountedAndStopsAStrictRun() throws {
    let data = try TemporaryFolder(TemporaryFolder.register(bad: true))
    defer { data.remove() }
    let lenient = try ReportRun(
      options: .init(dataFolder: data.path, out: data.path + "/a", formats: [.csv])
    ).run()
    #expect(lenient.rejectedRows == 1)
    let strict = ReportRun(
      options: .init(dataFolder: data.path, out: data.path + "/b", strict: true))
    #expect(throws: ReportRunError.rejectedRows(count: 1, folder: data.path)) {
      try strict.run()
    }
    #expect(!FileManager.default.fileExists(atPath: data.path + "/b"))
  }

  @Test func anUnknownFunderStopsTheRunBeforeAnythingIsWritten() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let run = ReportRun(
      options: .init(dataFolder: data.path, out: data.path + "/out", funder: "Nobody"))
    #expect(
      throws: ReportRunError.unknownFunder(name: "Nobody", period: "2025-26 Q2", funders: [])
    ) { try run.run() }
    #expect(!FileManager.default.fileExists(atPath: data.path + "/out"))
  }

  @Test func aMissingDataFolderIsNamed() throws {
    let parent = try TemporaryFolder()
    defer { parent.remove() }
    let missing = parent.file("missing")
    #expect(throws: ReportRunError.dataFolderNotFound(missing)) {
      try ReportRun(options: .init(dataFolder: missing)).run()
    }
  }

  @Test func aFileOfNoKnownKindStopsTheRunUnlessKeepGoing() throws {
    var files = TemporaryFolder.register()
    files["mystery.csv"] = "colour,shape\nred,round\n"
    let data = try TemporaryFolder(files)
    defer { data.remove() }
    let stopped = ReportRun(options: .init(dataFolder: data.path, out: data.path + "/out"))
    #expect {
      try stopped.run()
    } throws: { error in
      guard case .data(.unknownKind(let path, let header)) = error as? ReportRunError else {
        return false
      }
      return path == "mystery.csv" && header == ["colour", "shape"]
    }
    var skipped: [String] = []
    let kept = try ReportRun(
      options: .init(
        dataFolder: data.path, out: data.path + "/out", formats: [.csv], keepGoing: true)
    ).run {
      if case .skipped(let file) = $0 { skipped.append(file.path) }
    }
    #expect(skipped == ["mystery.csv"])
    #expect(kept.period.label == "2025-26 Q2")
  }

  @Test func anOutFolderThatCannotBeCreatedIsAnOutputError() throws {
    let data = try TemporaryFolder(TemporaryFolder.register().merging(["blocked": "x"]) { $1 })
    defer { data.remove() }
    let blocked = data.path + "/blocked"
    let inTheWay = FileWriteError.cannotCreate(
      path: blocked, code: EEXIST, reason: "a file of that name is in the way")
    #expect(throws: ReportRunError.outputFolder(inTheWay)) {
      try ReportRun(options: .init(dataFolder: data.path, out: blocked)).run()
    }
  }

  @Test func aMissingTemplatesFolderStopsTheRunBeforeTheTextReportsAreWritten() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let templates = data.path + "/no-templates"
    let run = ReportRun(
      options: .init(
        dataFolder: data.path, out: data.path + "/out", formats: [.md],
        templatesFolder: templates))
    #expect(throws: ReportRunError.template(.missingFolder(templates))) { try run.run() }
    #expect(!FileManager.default.fileExists(atPath: data.path + "/out/board-report.md"))
  }

  @Test func settingsAndPeriodMistakesAreReported() throws {
    let data = try TemporaryFolder(
      TemporaryFolder.register().merging(["impact.yml": "currency: Doubloons\n"]) { $1 })
    defer { data.remove() }
    #expect {
      try ReportRun(options: .init(dataFolder: data.path, out: data.path + "/out")).run()
    } throws: { error in
      guard case .configuration = error as? ReportRunError else { return false }
      return (error as? ReportRunError)?.description.contains("impact.yml, line 1") == true
    }
    let clean = try TemporaryFolder(TemporaryFolder.register())
    defer { clean.remove() }
    #expect {
      try ReportRun(
        options: .init(dataFolder: clean.path, period: "nonsense", out: clean.path + "/out")
      ).run()
    } throws: { error in
      guard case .period = error as? ReportRunError else { return false }
      return (error as? ReportRunError)?.description.hasPrefix("--period: ") == true
    }
    #expect(!FileManager.default.fileExists(atPath: clean.path + "/out"))
  }

  @Test func sourceDateEpochGivesTheGenerationTime() throws {
    #expect(
      try GenerationTime.date(environment: ["SOURCE_DATE_EPOCH": "60"])
        == Date(timeIntervalSince1970: 60))
    let now = Date(timeIntervalSince1970: 5)
    #expect(try GenerationTime.date(environment: [:], now: now) == now)
    #expect(throws: ReportRunError.sourceDateEpoch("abc")) {
      try GenerationTime.date(environment: ["SOURCE_DATE_EPOCH": "abc"])
    }
  }
}
