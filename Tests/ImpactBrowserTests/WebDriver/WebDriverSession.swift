import Foundation
import ImpactTestSupport

/// A W3C WebDriver session over HTTP (the protocol `chromedriver` speaks): open addresses,
/// find elements by CSS selector, take screenshots. Only what the browser test needs.
struct WebDriverSession: Sendable {
  /// The W3C name of an element reference in a JSON answer.
  static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

  let http: TestHTTPClient
  /// The session's address: the driver's, then `/session/<id>`.
  let address: String

  /// Starts a browser through the driver at `driver` with `capabilities` (`alwaysMatch`).
  static func start(driver: String, capabilities: [String: Any]) async throws -> WebDriverSession {
    let http = TestHTTPClient()
    let value = try await Self.send(
      http, "POST", driver + "/session", ["capabilities": ["alwaysMatch": capabilities]],
      command: "new session")
    guard let id = (value as? [String: Any])?["sessionId"] as? String else {
      throw WebDriverError.unexpectedAnswer("new session", body: "\(value)")
    }
    return WebDriverSession(http: http, address: driver + "/session/" + id)
  }

  /// Sends one command and returns its answer's `value`.
  @discardableResult
  func command(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws
    -> Any
  {
    try await Self.send(
      http, method, address + path, body ?? (method == "POST" ? [:] : nil),
      command: "\(method) \(path)")
  }

  private static func send(
    _ http: TestHTTPClient, _ method: String, _ address: String, _ body: [String: Any]?,
    command: String
  ) async throws -> Any {
    let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
    let reply: TestHTTPClient.Reply
    do {
      reply = try await http.send(
        method, address, headers: ["Content-Type": "application/json; charset=utf-8"],
        body: data)
    } catch {
      throw WebDriverError.unreachable("\(error)")
    }
    guard let answer = try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any],
      let value = answer["value"]
    else {
      throw WebDriverError.unexpectedAnswer(command, body: reply.text)
    }
    guard reply.status == 200 else {
      let failure = value as? [String: Any]
      throw WebDriverError.command(
        command, status: reply.status, error: failure?["error"] as? String ?? "",
        message: failure?["message"] as? String ?? reply.text)
    }
    return value
  }

  /// Opens `address` and waits for the page to load.
  func open(_ address: String) async throws {
    try await command("POST", "/url", ["url": address])
  }

  /// The address of the page shown.
  func currentAddress() async throws -> String {
    try await string(command("GET", "/url"), "current address")
  }

  /// The title of the page shown.
  func title() async throws -> String {
    try await string(command("GET", "/title"), "title")
  }

  /// The first element matching the CSS `selector`.
  func element(_ selector: String) async throws -> WebDriverElement {
    try element(
      from: await command("POST", "/element", ["using": "css selector", "value": selector]),
      "element \(selector)")
  }

  /// Every element matching the CSS `selector`, in document order.
  func elements(_ selector: String) async throws -> [WebDriverElement] {
    let value = try await command(
      "POST", "/elements", ["using": "css selector", "value": selector])
    guard let list = value as? [Any] else {
      throw WebDriverError.unexpectedAnswer("elements \(selector)", body: "\(value)")
    }
    return try list.map { try element(from: $0, "elements \(selector)") }
  }

  /// The element that has the keyboard focus.
  func activeElement() async throws -> WebDriverElement {
    try element(from: await command("GET", "/element/active"), "active element")
  }

  /// A PNG of what the window shows.
  func screenshot() async throws -> Data {
    let text = try await string(command("GET", "/screenshot"), "screenshot")
    guard let data = Data(base64Encoded: text) else {
      throw WebDriverError.unexpectedAnswer("screenshot", body: String(text.prefix(80)))
    }
    return data
  }

  /// Presses `key` on whatever has the focus, as a person at the keyboard does.
  func press(_ key: WebDriverElement.Key) async throws {
    try await command(
      "POST", "/actions",
      [
        "actions": [
          [
            "type": "key", "id": "keyboard",
            "actions": [
              ["type": "keyDown", "value": key.rawValue], ["type": "keyUp", "value": key.rawValue],
            ],
          ]
        ]
      ])
  }

  /// Runs `script` in the page (the test's own look at the page; the app has no script) and
  /// returns what it returns.
  func evaluate(_ script: String) async throws -> Any {
    try await command("POST", "/execute/sync", ["script": script, "args": [Any]()])
  }

  /// Runs a Chrome DevTools command through chromedriver's own endpoint (for what the W3C
  /// protocol has no command for, such as showing the page as printed).
  func devTools(_ name: String, _ parameters: [String: Any] = [:]) async throws {
    try await command("POST", "/goog/cdp/execute", ["cmd": name, "params": parameters])
  }

  /// Waits up to `timeout` seconds until `condition` holds, checking every 100 ms.
  func wait(
    for what: String, timeout: Double = 120, _ condition: () async throws -> Bool
  ) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if try await condition() { return }
      try await Task.sleep(for: .milliseconds(100))
    }
    throw WebDriverError.timedOut(what)
  }

  /// Ends the session and closes the browser.
  func quit() async {
    _ = try? await command("DELETE", "")
  }

  private func string(_ value: Any, _ command: String) throws -> String {
    guard let text = value as? String else {
      throw WebDriverError.unexpectedAnswer(command, body: "\(value)")
    }
    return text
  }

  private func element(from value: Any, _ command: String) throws -> WebDriverElement {
    guard let id = (value as? [String: Any])?[Self.elementKey] as? String else {
      throw WebDriverError.unexpectedAnswer(command, body: "\(value)")
    }
    return WebDriverElement(session: self, id: id)
  }
}
