import Foundation
import Hummingbird
import HummingbirdTesting
import ImpactApp
import ImpactTestSupport

/// An app for one test, driven without a socket, with its own workspace.
struct TestApp {
  static let token = Secret(text: String(repeating: "ab", count: 32))
  let workspace: Workspace
  let server: AppServer

  init(options: AppOptions = AppOptions(openBrowser: false)) throws {
    workspace = try Workspace()
    server = try AppServer(options: options, token: Self.token)
  }

  /// Runs `test` with a client of the app answering to `hosts` (the test client sends
  /// `localhost`), then deletes the workspace.
  func test(
    hosts: Set<String> = ["localhost"],
    _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
  ) async throws {
    defer { workspace.remove() }
    let app = try server.application(workspace: workspace, hosts: hosts)
    try await app.test(.router, test)
  }
}

/// What a browser keeps between requests: the cookies the app set and the page's CSRF token.
struct Visitor {
  var cookies: [String: String] = [:]
  var csrf = ""

  var headers: HTTPFields {
    [.cookie: cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")]
  }

  /// Opens the printed address (the token moves into a cookie), then the start page, keeping
  /// its CSRF token.
  static func signIn(_ client: any TestClientProtocol) async throws -> Visitor {
    var visitor = Visitor()
    let response = try await client.execute(
      uri: "/?token=\(TestApp.token.text)", method: .get)
    visitor.keep(response)
    let start = try await client.execute(uri: "/", method: .get, headers: visitor.headers)
    visitor.csrf = Self.csrf(in: String(buffer: start.body))
    return visitor
  }

  mutating func keep(_ response: TestResponse) {
    for cookie in response.headers[values: .setCookie] {
      let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
      cookies[String(pair[0])] = String(pair[1])
    }
  }

  static func csrf(in html: String) -> String {
    guard let range = html.range(of: "csrf=") else { return "" }
    return String(html[range.upperBound...].prefix(64))
  }

  func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
    try await client.execute(uri: uri, method: .get, headers: headers)
  }

  func post(
    _ client: any TestClientProtocol, _ path: String, form: String, csrf: String? = nil,
    origin: String? = nil
  ) async throws -> TestResponse {
    var headers = headers
    headers[.contentType] = "application/x-www-form-urlencoded"
    if let origin { headers[.origin] = origin }
    return try await client.execute(
      uri: path + "?csrf=" + (csrf ?? self.csrf), method: .post, headers: headers,
      body: ByteBuffer(string: form))
  }

  func upload(
    _ client: any TestClientProtocol, files: [(name: String, bytes: [UInt8])]
  ) async throws -> TestResponse {
    let boundary = "----impact-test-boundary"
    var body: [UInt8] = []
    for file in files {
      body += Array(
        ("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; "
          + "filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n").utf8)
      body += file.bytes + Array("\r\n".utf8)
    }
    body += Array("--\(boundary)--\r\n".utf8)
    var headers = headers
    headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
    return try await client.execute(
      uri: "/upload?csrf=" + csrf, method: .post, headers: headers,
      body: ByteBuffer(bytes: body))
  }

  /// Starts a report run and waits for it, returning the report page.
  func produceReport(_ client: any TestClientProtocol) async throws -> String {
    let started = try await post(client, "/run", form: "")
    try await waitFor(client, started.headers[.location] ?? "")
    return String(buffer: try await get(client, "/report").body)
  }

  /// Waits until the progress page `progress` sends the browser on to the report.
  func waitFor(_ client: any TestClientProtocol, _ progress: String) async throws {
    for _ in 0..<600 {
      let page = try await get(client, progress)
      if page.status == .seeOther { return }
      try await Task.sleep(for: .milliseconds(100))
    }
  }

  /// Chooses the folder at `path` on this machine.
  func choose(_ client: any TestClientProtocol, folder path: String) async throws -> TestResponse {
    try await post(
      client, "/folder",
      form: "folder=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
  }
}
