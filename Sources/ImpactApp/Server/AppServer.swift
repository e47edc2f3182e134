import Foundation
import Hummingbird

/// `impact serve`: the browser app on this machine, its address carrying a secret token; every
/// upload and report in a private workspace deleted when the server stops (also on Ctrl-C).
public struct AppServer: Sendable {
  /// How the server runs.
  public let options: AppOptions
  /// The secret the address carries.
  public let token: Secret

  /// Creates the server; `--host` other than loopback is refused without `allowRemote`.
  public init(options: AppOptions, token: Secret = Secret()) throws(AppError) {
    guard AppOptions.isLoopback(options.host) || options.allowRemote else {
      throw .remoteRefused(options.host)
    }
    self.options = options
    self.token = token
  }

  /// The app for a workspace, answering to `hosts` (tests drive it without a socket).
  public func application(
    workspace: Workspace, hosts: Set<String>,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
  ) throws -> some ApplicationProtocol {
    let allowed = AllowedHosts(hosts)
    let routes = AppRoutes(
      options: options, workspace: workspace, sessions: SessionStore(), pages: try PageRenderer())
    return Application(
      router: routes.router(token: token, hosts: allowed),
      configuration: .init(address: .hostname(options.host, port: options.port)),
      onServerRunning: { channel in
        let port = channel.localAddress?.port ?? options.port
        allowed.allow(port: port)
        await onServerRunning(port)
      })
  }

  /// Runs until SIGINT or SIGTERM; `announce` is given the address (with its token) once the
  /// server listens. The workspace is deleted when it stops.
  public func run(announce: @escaping @Sendable (String) -> Void) async throws {
    let workspace = try Workspace()
    defer { workspace.remove() }
    let host = options.host
    let token = token
    let open = options.openBrowser
    let app = try application(workspace: workspace, hosts: []) { port in
      let name = host.contains(":") ? "[\(host)]" : host
      let address = "http://\(name):\(port)/?token=\(token.text)"
      announce(address)
      if open { Browser.open(address) }
    }
    try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
  }
}

/// Opens an address in the person's browser (`xdg-open`, or `open` on macOS); a machine with
/// no browser simply keeps the printed address.
enum Browser {
  static func open(_ address: String) {
    let process = Process()
    #if os(macOS)
      process.executableURL = URL(fileURLWithPath: "/usr/bin/open")
    #else
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    #endif
    process.arguments =
      (process.executableURL?.path == "/usr/bin/env" ? ["xdg-open"] : []) + [address]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try? process.run()
  }
}
