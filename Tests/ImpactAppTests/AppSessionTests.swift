import Foundation
import Hummingbird
import HummingbirdTesting
import ImpactApp
import ImpactRun
import ImpactTestSupport
import Testing

/// Two people (two browsers, two sessions) at once: each sees only its own data, settings and
/// reports, and each run writes into its own folder.
@Suite struct AppSessionTests {
  @Test func twoBrowsersAtOnceKeepTheirDataAndReportsApart() async throws {
    let good = try TemporaryFolder(TemporaryFolder.register())
    let bad = try TemporaryFolder(TemporaryFolder.register(bad: true))
    let cli = try TemporaryFolder()
    defer {
      good.remove()
      bad.remove()
      cli.remove()
    }
    for (data, name) in [(good, "good"), (bad, "bad")] {
      _ = try ReportRun(
        options: .init(
          dataFolder: data.path, out: cli.file(name), generatedAt: AppPageTests.epoch)
      ).run()
    }
    #expect(try cli.bytes("good/data-quality.csv") != cli.bytes("bad/data-quality.csv"))
    let options = AppOptions(openBrowser: false, generatedAt: AppPageTests.epoch)
    try await TestApp(options: options).test { client in
      let first = try await Visitor.signIn(client)
      let second = try await Visitor.signIn(client)
      #expect(first.cookies["impact_session"] != second.cookies["impact_session"])
      #expect(first.csrf != second.csrf)
      _ = try await first.choose(client, folder: good.path)
      _ = try await second.choose(client, folder: bad.path)
      _ = try await second.post(client, "/settings", form: "period=latest&audience=board")
      // Both runs start before either ends; each session numbers its own runs.
      let one = try await first.post(client, "/run", form: "")
      let two = try await second.post(client, "/run", form: "")
      #expect(one.headers[.location] == "/runs/1")
      #expect(two.headers[.location] == "/runs/1")
      try await first.waitFor(client, "/runs/1")
      try await second.waitFor(client, "/runs/1")
      for (visitor, name) in [(first, "good"), (second, "bad")] {
        for file in ["data-quality.csv", "indicators.csv"] {
          let download = try await visitor.get(client, "/runs/1/files/\(file)?download=1")
          #expect([UInt8](buffer: download.body) == (try cli.bytes("\(name)/\(file)")), "\(name)")
        }
      }
      let firstReport = String(buffer: try await first.get(client, "/report").body)
      let secondReport = String(buffer: try await second.get(client, "/report").body)
      #expect(firstReport.contains("bid-evidence.html"))
      #expect(!secondReport.contains("bid-evidence.html"))
      #expect(secondReport.contains("board-report.html"))
      let secondSettings = String(buffer: try await second.get(client, "/settings").body)
      #expect(
        secondSettings.contains("id=\"audience-funder\" name=\"audience\" value=\"funder\"/>"))
      let firstSettings = String(buffer: try await first.get(client, "/settings").body)
      #expect(
        firstSettings.contains("id=\"audience-funder\" name=\"audience\" value=\"funder\" checked"))
      // One session's CSRF token does not work in the other's forms.
      let crossed = try await second.post(client, "/run", form: "", csrf: first.csrf)
      #expect(crossed.status == .forbidden)
      // A third browser, signed in with the token, sees neither's data nor reports.
      let third = try await Visitor.signIn(client)
      let theirs = try await third.get(client, "/runs/1/files/indicators.csv?download=1")
      #expect(theirs.status == .notFound)
      #expect(try await third.get(client, "/runs/1").status == .notFound)
      let nothing = String(buffer: try await third.get(client, "/report").body)
      #expect(nothing.contains("No report produced yet"))
      let unread = String(buffer: try await third.get(client, "/read").body)
      #expect(unread.contains("No data chosen yet."))
    }
  }

  @Test func aRunThatStopsSaysWhyOnTheReportPage() async throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      _ = try await visitor.choose(client, folder: data.path)
      _ = try await visitor.post(client, "/settings", form: "period=2019-20+Q9&audience=board")
      let report = try await visitor.produceReport(client)
      #expect(report.contains("<h2>The report could not be produced</h2>"))
      #expect(report.contains("<p role=\"alert\">"))
      #expect(report.contains("2019-20 Q9"))
      #expect(!report.contains("impact-serve-"))
      #expect(!report.contains("id=\"download-workbook\""))
    }
  }
}
