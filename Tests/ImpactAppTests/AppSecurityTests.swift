import Foundation
import Hummingbird
import HummingbirdTesting
import ImpactTestSupport
import Testing
import ZIPFoundation

@testable import ImpactApp

@Suite struct AppSecurityTests {
  @Test func aRequestWithoutTheTokenIsRefused() async throws {
    try await TestApp().test { client in
      let response = try await client.execute(uri: "/", method: .get)
      #expect(response.status == .forbidden)
      #expect(String(buffer: response.body).contains("needs the secret address"))
      #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
    }
  }

  @Test func aWrongTokenIsRefused() async throws {
    try await TestApp().test { client in
      let response = try await client.execute(uri: "/?token=0123", method: .get)
      #expect(response.status == .forbidden)
      let cookie = try await client.execute(
        uri: "/", method: .get,
        headers: [.cookie: "impact_token=" + String(repeating: "cd", count: 32)])
      #expect(cookie.status == .forbidden)
    }
  }

  @Test func theTokenMovesIntoACookie() async throws {
    try await TestApp().test { client in
      let response = try await client.execute(
        uri: "/?token=\(TestApp.token.text)", method: .get)
      #expect(response.status == .seeOther)
      #expect(response.headers[.location] == "/")
      let cookies = response.headers[values: .setCookie]
      #expect(cookies.count == 2)
      #expect(cookies.allSatisfy { $0.contains("HttpOnly") && $0.contains("SameSite=Strict") })
      let visitor = try await Visitor.signIn(client)
      #expect(visitor.csrf.count == 64)
    }
  }

  @Test func aForeignHostIsRefused() async throws {
    try await TestApp().test(hosts: ["127.0.0.1:8080"]) { client in
      let response = try await client.execute(
        uri: "/?token=\(TestApp.token.text)", method: .get)
      #expect(response.status == .misdirectedRequest)
    }
  }

  @Test func aFormWithoutItsCSRFTokenIsRefused() async throws {
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      let missing = try await visitor.post(client, "/folder", form: "folder=/tmp", csrf: "")
      #expect(missing.status == .forbidden)
      let wrong = try await visitor.post(
        client, "/folder", form: "folder=/tmp", csrf: String(repeating: "0", count: 64))
      #expect(wrong.status == .forbidden)
      #expect(String(buffer: wrong.body).contains("did not come from this app"))
    }
  }

  @Test func aFolderThatIsNotThereIsRefused() async throws {
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      let response = try await visitor.post(
        client, "/folder", form: "folder=%2Fno%2Fsuch%2Ffolder")
      #expect(response.status == .badRequest)
      #expect(String(buffer: response.body).contains("There is no folder /no/such/folder"))
    }
  }

  @Test func anOversizedUploadIsRefused() async throws {
    let options = AppOptions(openBrowser: false, limits: UploadLimits(requestBytes: 1000))
    try await TestApp(options: options).test { client in
      let visitor = try await Visitor.signIn(client)
      let response = try await visitor.upload(
        client, files: [("attendance.csv", Array(repeating: 65, count: 5000))])
      #expect(response.status == .contentTooLarge)
    }
  }

  @Test func aZIPBombIsRefused() async throws {
    let zip = try Self.zip([("attendance.csv", Array(repeating: 48, count: 4 << 20))])
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      let response = try await visitor.upload(client, files: [("data.zip", zip)])
      #expect(response.status == .contentTooLarge)
      #expect(String(buffer: response.body).contains("expands to far more"))
    }
  }

  @Test func aZIPEntryLeavingTheWorkspaceIsRefused() async throws {
    let zip = try Self.zip([("../escape.csv", Array("date\n".utf8))])
    let app = try TestApp()
    let parent = (app.workspace.path as NSString).deletingLastPathComponent
    try await app.test { client in
      let visitor = try await Visitor.signIn(client)
      let response = try await visitor.upload(client, files: [("data.zip", zip)])
      #expect(response.status == .badRequest)
      #expect(String(buffer: response.body).contains("would be written outside"))
    }
    #expect(!FileManager.default.fileExists(atPath: parent + "/escape.csv"))
  }

  @Test func aZIPEntryWithAnAbsolutePathOrALinkIsRefused() async throws {
    let absolute = try Self.zip([("/tmp/escape.csv", Array("date\n".utf8))])
    let archive = try Archive(data: Data(), accessMode: .create)
    let target = Array("../../../etc/passwd".utf8)
    try archive.addEntry(
      with: "attendance.csv", type: .symlink, uncompressedSize: Int64(target.count)
    ) { position, size in
      Data(target[Int(position)..<(Int(position) + size)])
    }
    let link = [UInt8](archive.data ?? Data())
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      for (zip, name) in [(absolute, "/tmp/escape.csv"), (link, "attendance.csv")] {
        let response = try await visitor.upload(client, files: [("data.zip", zip)])
        #expect(response.status == .badRequest)
        #expect(
          String(buffer: response.body).contains("The ZIP entry \(name) would be written outside"))
      }
      // Nothing was taken as the data.
      let read = String(buffer: try await visitor.get(client, "/read").body)
      #expect(read.contains("No data chosen yet."))
    }
    #expect(!FileManager.default.fileExists(atPath: "/tmp/escape.csv"))
  }

  @Test func entryNamesAreCheckedPartByPart() {
    #expect(UploadStore.isSafe("attendance/2025.csv"))
    #expect(UploadStore.isSafe("a..b/c.csv"))
    for name in ["../a.csv", "a/../../b.csv", "a/..", "/etc/a.csv", "a\\..\\b.csv", "", "a\0.csv"] {
      #expect(!UploadStore.isSafe(name), "\(name)")
    }
  }

  @Test func anUploadedFileNameKeepsOnlyItsLastPart() async throws {
    let register = TemporaryFolder.register()
    let app = try TestApp()
    let parent = (app.workspace.path as NSString).deletingLastPathComponent
    try await app.test { client in
      let visitor = try await Visitor.signIn(client)
      let response = try await visitor.upload(
        client, files: [("../../attendance.csv", Array(register["attendance.csv"]!.utf8))])
      #expect(response.status == .seeOther)
      let read = String(buffer: try await visitor.get(client, "/read").body)
      #expect(read.contains("<th scope=\"row\">attendance.csv</th>"))
      #expect(read.contains("1 files uploaded (attendance.csv)"))
    }
    #expect(!FileManager.default.fileExists(atPath: parent + "/attendance.csv"))
  }

  @Test func tooManyFilesOrNoneTheAppReadsAreRefused() async throws {
    let options = AppOptions(openBrowser: false, limits: UploadLimits(files: 2))
    try await TestApp(options: options).test { client in
      let visitor = try await Visitor.signIn(client)
      let three = (1...3).map { ("attendance-\($0).csv", Array("date\n".utf8)) }
      let many = try await visitor.upload(client, files: three)
      #expect(many.status == .contentTooLarge)
      #expect(String(buffer: many.body).contains("more than 2 files"))
      let zipped = try await visitor.upload(client, files: [("data.zip", try Self.zip(three))])
      #expect(zipped.status == .contentTooLarge)
      let none = try await visitor.upload(client, files: [("notes.pdf", Array("%PDF".utf8))])
      #expect(none.status == .badRequest)
      #expect(String(buffer: none.body).contains("held no CSV, TSV or XLSX file"))
    }
  }

  @Test func aFormFromAnotherSiteIsRefusedAndOneFromTheAppAccepted() async throws {
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      for origin in ["http://evil.example", "http://localhost.evil.example", "null"] {
        let response = try await visitor.post(
          client, "/folder", form: "folder=%2Ftmp", origin: origin)
        #expect(response.status == .forbidden, "\(origin)")
      }
      let own = try await visitor.post(
        client, "/folder", form: "folder=%2Ftmp", origin: "http://localhost")
      #expect(own.status == .seeOther)
      // Pages tell the browser to send their own origin with forms (under no-referrer it
      // would send `Origin: null`, refused above) and never to tell another site the address.
      let page = try await visitor.get(client, "/")
      #expect(page.headers[.init("Referrer-Policy")!] == "same-origin")
      #expect(
        String(buffer: page.body).contains("<meta name=\"referrer\" content=\"same-origin\"/>"))
      #expect(page.headers[.xContentTypeOptions] == "nosniff")
      #expect(page.headers[.cacheControl] == "no-store")
    }
  }

  @Test func aPageOrRunThatIsNotThereIsNotFound() async throws {
    try await TestApp().test { client in
      let visitor = try await Visitor.signIn(client)
      #expect(try await visitor.get(client, "/runs/99").status == .notFound)
      #expect(try await visitor.get(client, "/runs/99/report.zip").status == .notFound)
      #expect(try await visitor.get(client, "/nowhere").status == .notFound)
    }
  }

  @Test func anAddressOtherThanLoopbackNeedsAllowRemote() throws {
    #expect(throws: AppError.remoteRefused("0.0.0.0")) {
      try AppServer(options: AppOptions(host: "0.0.0.0", openBrowser: false))
    }
    let remote = try AppServer(
      options: AppOptions(host: "0.0.0.0", allowRemote: true, openBrowser: false))
    #expect(remote.options.host == "0.0.0.0")
    for host in ["127.0.0.1", "::1", "localhost"] {
      #expect(AppOptions.isLoopback(host))
    }
  }

  /// A ZIP holding `entries`, deflated.
  static func zip(_ entries: [(String, [UInt8])]) throws -> [UInt8] {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (name, bytes) in entries {
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(bytes.count),
        compressionMethod: .deflate
      ) { position, size in
        Data(bytes[Int(position)..<(Int(position) + size)])
      }
    }
    return [UInt8](archive.data ?? Data())
  }
}
