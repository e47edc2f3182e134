import Foundation
import ImpactTestSupport

/// `chromedriver` (Debian's `chromium-driver`) started on a free port of this machine, and
/// headless Chromium through it.
struct ChromeDriver {
  /// Where Debian's packages put the driver and the browser.
  static let driverPath = "/usr/bin/chromedriver"
  static let browserPath = "/usr/bin/chromium"

  let process: LaunchedProcess
  /// The driver's address (`http://127.0.0.1:<port>`).
  let address: String

  /// Whether the driver and the browser are installed.
  static var isInstalled: Bool {
    FileManager.default.isExecutableFile(atPath: driverPath)
      && FileManager.default.isExecutableFile(atPath: browserPath)
  }

  /// Starts the driver and waits until it says on which port it listens.
  static func start() async throws -> ChromeDriver {
    let process = try LaunchedProcess(driverPath, ["--port=0"])
    let port = try await process.firstMatch(timeout: 30) { line in
      guard let range = line.range(of: "started successfully on port ") else { return nil }
      return String(line[range.upperBound...].prefix { $0.isNumber })
    }
    return ChromeDriver(process: process, address: "http://127.0.0.1:" + port)
  }

  /// A session of headless Chromium: a window of `width` × `height`, a profile of its own in
  /// `profile`, files downloaded into `downloads` without asking, and nothing fetched from the
  /// network that the page did not ask for.
  func session(profile: String, downloads: String, width: Int = 1280, height: Int = 1400)
    async throws -> WebDriverSession
  {
    var arguments = [
      "--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
      "--window-size=\(width),\(height)", "--user-data-dir=" + profile, "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-extensions", "--disable-default-apps", "--force-color-profile=srgb",
    ]
    // Chromium's sandbox does not start as root (a CI container); the pages are the app's own.
    if NSUserName() == "root" { arguments.append("--no-sandbox") }
    let session = try await WebDriverSession.start(
      driver: address,
      capabilities: [
        "browserName": "chrome",
        "goog:chromeOptions": [
          "binary": Self.browserPath, "args": arguments,
          "prefs": [
            "download.default_directory": downloads, "download.prompt_for_download": false,
            "download.directory_upgrade": true, "safebrowsing.enabled": false,
          ],
        ] as [String: Any],
      ])
    // The preference alone is not always honoured by headless Chromium: say it again.
    try await session.devTools(
      "Browser.setDownloadBehavior", ["behavior": "allow", "downloadPath": downloads])
    return session
  }

  /// Stops the driver, closing first any browser it still runs (a session whose start failed
  /// on the test's side is still open on the driver's, and a stopped driver leaves it running).
  func stop() async {
    let http = TestHTTPClient(timeout: 30)
    if let reply = try? await http.send("GET", address + "/sessions"),
      let answer = try? JSONSerialization.jsonObject(with: reply.body) as? [String: Any],
      let sessions = answer["value"] as? [[String: Any]]
    {
      for id in sessions.compactMap({ $0["id"] as? String }) {
        _ = try? await http.send("DELETE", address + "/session/" + id)
      }
    }
    process.signal(SIGTERM)
    _ = await process.exit(timeout: 10)
  }
}
