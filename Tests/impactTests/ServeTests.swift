import Foundation
import ImpactTestSupport
import Testing

/// `impact serve` as started from a terminal: it prints its address with the token, serves
/// the folder it was given over a real socket, and Ctrl-C (SIGINT) or `kill` (SIGTERM) stops
/// it, deleting its workspace with every report made in it.
@Suite struct ServeTests {
  @Test(arguments: [SIGINT, SIGTERM])
  func stoppingTheServerDeletesItsWorkspace(signal: Int32) async throws {
    let data = try TemporaryFolder(TemporaryFolder.register())
    let temporary = try TemporaryFolder()
    defer {
      data.remove()
      temporary.remove()
    }
    let serve = try LaunchedProcess(
      CommandRunner.binary, ["serve", data.path, "--no-open", "--port", "0"],
      environment: ["TMPDIR": temporary.path + "/"])
    let address = try await serve.firstMatch(timeout: 60) { line in
      line.range(of: "http://").map { String(line[$0.lowerBound...]) }
    }
    let site = String(address[..<(address.range(of: "/?token=")?.lowerBound ?? address.endIndex)])
    #expect(site.hasPrefix("http://127.0.0.1:"))
    let http = TestHTTPClient()

    let first = try await http.send("GET", address)
    #expect(first.status == 303)
    #expect(first.headers["location"] == "/")
    let cookie = first.cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      .joined(separator: "; ")
    #expect(first.cookies.keys.sorted() == ["impact_session", "impact_token"])
    let settings = try await http.send("GET", site + "/settings", headers: ["Cookie": cookie])
    #expect(settings.status == 200)
    let csrf = settings.text.range(of: "csrf=").map {
      String(settings.text[$0.upperBound...].prefix(64))
    }
    let run = try await http.send(
      "POST", site + "/run?csrf=" + (csrf ?? ""), headers: ["Cookie": cookie, "Origin": site])
    #expect(run.status == 303)
    let progress = site + (run.headers["location"] ?? "")
    var status = 200
    for _ in 0..<600 where status == 200 {
      status = try await http.send("GET", progress, headers: ["Cookie": cookie]).status
      try await Task.sleep(for: .milliseconds(100))
    }
    let csv = try await http.send(
      "GET", site + "/runs/1/files/indicators.csv?download=1", headers: ["Cookie": cookie])
    #expect(csv.status == 200)
    #expect(csv.text.hasPrefix("period,period_start,period_end,indicator,"))

    let workspaces = temporary.entries
    #expect(workspaces.count == 1 && workspaces.first?.hasPrefix("impact-serve-") == true)
    let written = FileManager.default.subpaths(atPath: temporary.path) ?? []
    #expect(written.contains { $0.hasSuffix("/runs/1/report/indicators.csv") }, "\(written)")

    serve.signal(signal)
    #expect(await serve.exit(timeout: 60) == 0, "impact serve printed:\n\(serve.printed)")
    #expect(temporary.entries == [])
  }
}
