import Foundation
import Hummingbird
import HummingbirdTesting
import ImpactApp
import ImpactTestSupport
import Testing
import ZIPFoundation

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
