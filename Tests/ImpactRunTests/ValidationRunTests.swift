import Foundation
import ImpactRun
import ImpactTestSupport
import Testing

@Suite struct ValidationRunTests {
  @Test func aCleanFolderHasNoProblemsAndWritesNothingWithoutOut() throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    let result = try ValidationRun(reading: .init(folder: data.path, out: nil)).run()
    #expect(result == ValidationRunResult(files: [], rejectedRows: 0, skippedFiles: 0))
    #expect(!result.foundProblems)
  }

  @Test func aRejectedRowIsFoundToldAndWrittenToDataQuality() throws {
    let data = try TemporaryFolder(TemporaryFolder.register(bad: true))
    defer { data.remove() }
    let out = data.path + "/chk"
    var text = ""
    let result = try ValidationRun(reading: .init(folder: data.path, out: out)).run {
      if case .checked(let checked) = $0 { text = checked.render() }
    }
    #expect(result.rejectedRows == 1)
    #expect(result.foundProblems)
    #expect(result.files == [out + "/data-quality.csv"])
    // The header is line 1, so the fourth record is on line 5.
    #expect(text.contains("attendance.csv:5 `31/02/2025`"))
    let quality = try String(contentsOfFile: out + "/data-quality.csv", encoding: .utf8)
    #expect(quality.contains("31/02/2025"))
  }

  @Test func aSkippedFileIsAProblemFound() throws {
    var files = TemporaryFolder.register()
    files["mystery.csv"] = "colour,shape\nred,round\n"
    let data = try TemporaryFolder(files)
    defer { data.remove() }
    let result = try ValidationRun(
      reading: .init(folder: data.path, keepGoing: true, out: nil)
    ).run()
    #expect(result.skippedFiles == 1)
    #expect(result.foundProblems)
  }

  @Test func validateGoesOnPastEveryFileItCannotReadAndNamesLayouts() throws {
    var files = TemporaryFolder.register()
    files["mystery.csv"] = "colour,shape\nred,round\n"
    files["nameless.csv"] = "size\n3\n"
    files["forms/responses.csv"] =
      "Timestamp,Email Address,How likely is it that you would recommend us to a friend or "
      + "colleague?\n01/07/2025 10:00:00,ann@example.org,9\n"
    let data = try TemporaryFolder(files)
    defer { data.remove() }
    var text = ""
    // No --keep-going: validate lists every file-level problem in one run.
    let result = try ValidationRun(reading: .init(folder: data.path, out: nil)).run {
      if case .checked(let checked) = $0 { text = checked.render() }
    }
    #expect(result.skippedFiles == 2)
    #expect(result.foundProblems)
    #expect(text.contains("mystery.csv: cannot tell what kind of file this is"))
    #expect(text.contains("nameless.csv: cannot tell what kind of file this is"))
    #expect(
      text.contains(
        "Recognised exports:\n  forms/responses.csv: Google Forms responses; each person is their email"
      ))
  }

  @Test func anUnwritableOutIsAnOutputError() throws {
    let data = try TemporaryFolder(TemporaryFolder.register().merging(["blocked": "x"]) { $1 })
    defer { data.remove() }
    #expect {
      try ValidationRun(reading: .init(folder: data.path, out: data.path + "/blocked")).run()
    } throws: { error in
      guard case .dataQualityNotWritten(let folder, _) = error as? ReportRunError else {
        return false
      }
      return folder == data.path + "/blocked"
    }
  }
}
