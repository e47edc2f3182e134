import Foundation
import Hummingbird
import HummingbirdTesting
import ImpactApp
import ImpactRun
import ImpactTestSupport
import Testing
import ZIPFoundation

@Suite struct AppPageTests {
  static let epoch = Date(timeIntervalSince1970: 1_775_034_000)

  @Test func theStartPageOffersAFolderAndAnUpload() async throws {
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      let page = try await visitor.get(client, "/")
      let html = String(buffer: page.body)
      #expect(page.status == .ok)
      #expect(html.contains("<h1>Choose the data</h1>"))
      #expect(html.contains("<label for=\"folder\">Folder path</label>"))
      #expect(html.contains("enctype=\"multipart/form-data\""))
      #expect(html.contains("<main id=\"main\""))
      #expect(!html.contains("<script"))
      let css = try await visitor.get(client, "/app.css")
      #expect(String(buffer: css.body).contains("--accent: #0072B2"))
    }
  }

  @Test func aFolderIsReadAndItsReportDownloadsAsTheCommandLineWritesIt() async throws {
    let data = try TemporaryFolder(TemporaryFolder.register(bad: true))
    let cli = try TemporaryFolder()
    defer {
      data.remove()
      cli.remove()
    }
    _ = try ReportRun(
      options: .init(dataFolder: data.path, out: cli.path + "/r", generatedAt: Self.epoch)
    ).run()
    let options = AppOptions(openBrowser: false, generatedAt: Self.epoch)
    try await TestApp(options: options).test { client in
      let visitor = try await Visitor.signIn(client)
      let chosen = try await visitor.post(
        client, "/folder",
        form: "folder=" + data.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
      #expect(chosen.status == .seeOther)
      #expect(chosen.headers[.location] == "/read")
      let read = String(buffer: try await visitor.get(client, "/read").body)
      #expect(read.contains("<th scope=\"row\"><a href=\"#file-1\">attendance.csv</a></th>"))
      #expect(
        read.contains(
          "<td>attendance</td><td>UTF-8</td><td>comma</td><td class=\"num\">4</td>"
            + "<td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td>"))
      #expect(read.contains("Rejected rows (left out of the figures) (1)"))
      #expect(
        read.contains("<td class=\"num\">5</td><td>date</td><td>`31/02/2025` is not a date</td>"))
      let settings = try await visitor.post(
        client, "/settings",
        form: "period=latest&audience=board&audience=funder&audience=bid&audience=inclusion")
      #expect(settings.status == .seeOther)
      let settingsPage = String(buffer: try await visitor.get(client, "/settings").body)
      #expect(
        settingsPage.contains("id=\"audience-board\" name=\"audience\" value=\"board\" checked"))
      #expect(settingsPage.contains("<dd>Your organisation</dd>"))
      #expect(settingsPage.contains("<dt>Funder returns (the returns folder)</dt><dd>None ("))
      let report = try await visitor.produceReport(client)
      #expect(report.contains("The report: 2025-26 Q2"))
      #expect(report.contains("<dd id=\"headline-unique_participants\">&lt;5</dd>"))
      #expect(
        report.contains(
          "<iframe class=\"document\" title=\"Board report\" src=\"/runs/1/files/board-report.html\" sandbox>"
        ))
      // Every file of the report (the folder's hidden marker is not one).
      let written = try FileManager.default.contentsOfDirectory(atPath: cli.file("r"))
        .filter { !$0.hasPrefix(".") }.sorted()
      #expect(written.contains("impact-report.xlsx") && written.contains("board-report.md"))
      for name in written {
        let download = try await visitor.get(client, "/runs/1/files/\(name)?download=1")
        #expect(download.status == .ok)
        #expect([UInt8](buffer: download.body) == (try cli.bytes("r/" + name)), "\(name)")
      }
      let document = try await visitor.get(client, "/runs/1/files/board-report.html")
      #expect(document.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'none'") == true)
      let zip = try await visitor.get(client, "/runs/1/report.zip")
      #expect(zip.status == .ok)
      #expect(zip.headers[.contentType] == "application/zip")
      // The ZIP of the whole report holds every file the command line writes, byte for byte.
      let archive = try Archive(data: Data([UInt8](buffer: zip.body)), accessMode: .read)
      #expect(archive.map(\.path).sorted() == written)
      for entry in archive {
        var bytes: [UInt8] = []
        _ = try archive.extract(entry) { bytes += $0 }
        #expect(bytes == (try cli.bytes("r/" + entry.path)), "\(entry.path) in the ZIP")
      }
      let escape = try await visitor.get(client, "/runs/1/files/..%2F..%2Fetc%2Fpasswd")
      #expect(escape.status == .notFound)
      let figures = String(
        buffer: try await visitor.get(
          client, "/figures?indicator=unique_participants&breakdown=all&period=2025-26+Q2"
        ).body)
      #expect(figures.contains("<option value=\"unique_participants\" selected>"))
      #expect(figures.contains("1 figures shown."))
      #expect(
        figures.contains(
          "<tr><th scope=\"row\">People taking part</th><td>2025-26 Q2</td><td>All</td>"
            + "<td>All</td><td class=\"num\">&lt;5</td><td class=\"num\">–</td></tr>"))
      #expect(figures.contains("<strong>Definition:</strong>"))
    }
  }

  @Test func anUploadedZIPIsReadLikeAFolder() async throws {
    let register = TemporaryFolder.register()
    let zip = try AppSecurityTests.zip([
      ("exports/attendance.csv", Array(register["attendance.csv"]!.utf8))
    ])
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      let uploaded = try await visitor.upload(client, files: [("exports.zip", zip)])
      #expect(uploaded.status == .seeOther)
      let read = String(buffer: try await visitor.get(client, "/read").body)
      #expect(read.contains("exports/attendance.csv"))
      #expect(read.contains("1 files uploaded (exports.zip)"))
    }
  }

  @Test func twoRunsAtOnceKeepTheirOwnFolders() async throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    defer { data.remove() }
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      _ = try await visitor.post(
        client, "/folder",
        form: "folder=" + data.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
      let first = try await visitor.post(client, "/run", form: "")
      let second = try await visitor.post(client, "/run", form: "")
      #expect(first.headers[.location] == "/runs/1")
      #expect(second.headers[.location] == "/runs/2")
      let report = try await visitor.produceReport(client)
      #expect(report.contains("/runs/3/files/board-report.html"))
      for run in 1...3 {
        var status = HTTPResponse.Status.ok
        for _ in 0..<600 where status == .ok {
          status = try await visitor.get(client, "/runs/\(run)").status
          try await Task.sleep(for: .milliseconds(50))
        }
        let csv = try await visitor.get(client, "/runs/\(run)/files/indicators.csv?download=1")
        #expect(csv.status == .ok)
      }
    }
  }
}
