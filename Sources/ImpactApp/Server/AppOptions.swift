import Foundation

/// How `impact serve` runs: where it listens and what it starts with.
public struct AppOptions: Sendable {
  /// The data folder to start with, if one was given.
  public var dataFolder: String?
  /// The address to listen on; loopback unless `allowRemote`.
  public var host: String
  /// The port; 0 for a free one.
  public var port: Int
  /// Listen on an address other than loopback (with a warning).
  public var allowRemote: Bool
  /// Open the browser at the address.
  public var openBrowser: Bool
  /// The limits on uploads.
  public var limits: UploadLimits
  /// The "generated at" time of every report (`SOURCE_DATE_EPOCH`), or `nil` for the clock.
  public var generatedAt: Date?

  /// Creates the options; loopback, a free port and the browser opened by default.
  public init(
    dataFolder: String? = nil, host: String = "127.0.0.1", port: Int = 0,
    allowRemote: Bool = false, openBrowser: Bool = true, limits: UploadLimits = UploadLimits(),
    generatedAt: Date? = nil
  ) {
    self.dataFolder = dataFolder
    self.host = host
    self.port = port
    self.allowRemote = allowRemote
    self.openBrowser = openBrowser
    self.limits = limits
    self.generatedAt = generatedAt
  }

  /// Whether `host` names this machine's loopback interface.
  public static func isLoopback(_ host: String) -> Bool {
    host == "127.0.0.1" || host == "::1" || host == "localhost"
  }
}
