/// An element of the page a ``WebDriverSession`` shows.
struct WebDriverElement: Sendable {
  /// Keys that are not text, by their WebDriver code points.
  enum Key: String {
    case tab = "\u{E004}"
    case enter = "\u{E007}"
  }

  let session: WebDriverSession
  /// The element's reference in the session.
  let id: String

  private var path: String { "/element/" + id }

  /// Clicks the element (following a link, sending a form, choosing an option).
  func click() async throws {
    try await session.command("POST", path + "/click")
  }

  /// Types `text` into the element; for a file input, the text is the path of the file.
  func type(_ text: String) async throws {
    try await session.command("POST", path + "/value", ["text": text])
  }

  /// Presses `key` on the element.
  func press(_ key: Key) async throws {
    try await type(key.rawValue)
  }

  /// The text the element shows.
  func text() async throws -> String {
    (try await session.command("GET", path + "/text")) as? String ?? ""
  }

  /// The element's attribute `name`, or `nil` when it has none.
  func attribute(_ name: String) async throws -> String? {
    (try await session.command("GET", path + "/attribute/" + name)) as? String
  }

  /// A CSS property of the element as computed (`outline-style`, `color` …).
  func css(_ property: String) async throws -> String {
    (try await session.command("GET", path + "/css/" + property)) as? String ?? ""
  }

  /// The elements inside this one matching the CSS `selector`.
  func elements(_ selector: String) async throws -> [WebDriverElement] {
    let value = try await session.command(
      "POST", path + "/elements", ["using": "css selector", "value": selector])
    return ((value as? [Any]) ?? []).compactMap {
      (($0 as? [String: Any])?[WebDriverSession.elementKey] as? String).map {
        WebDriverElement(session: session, id: $0)
      }
    }
  }
}
