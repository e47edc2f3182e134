import Foundation

/// A program started in the background (`impact serve`, `chromedriver`) whose output a test
/// watches for a line, then stops with a signal.
///
/// ```swift
/// let serve = try LaunchedProcess(CommandRunner.binary, ["serve", "--no-open"])
/// let address = try await serve.firstMatch(timeout: 30) { line in … }
/// serve.signal(SIGINT)
/// let status = await serve.exit(timeout: 30)
/// ```
public final class LaunchedProcess: @unchecked Sendable {
  /// Why a launched program did not do what the test waited for.
  public enum Failure: Error, CustomStringConvertible {
    /// No line matched within the time; `output` is what it printed.
    case noMatch(program: String, output: String)
    /// The program stopped before printing a matching line.
    case ended(program: String, status: Int32, output: String)

    public var description: String {
      switch self {
      case .noMatch(let program, let output):
        return "\(program) did not print what was awaited; it printed:\n\(output)"
      case .ended(let program, let status, let output):
        return "\(program) stopped (status \(status)) before printing what was awaited:\n\(output)"
      }
    }
  }

  private let process = Process()
  private let lock = NSLock()
  private var output = ""
  private let name: String

  /// Starts `executable` with `arguments`, its environment this one's with `environment` on
  /// top; standard output and standard error are both watched.
  public init(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
    throws
  {
    name = (executable as NSString).lastPathComponent
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
      let data = handle.availableData
      guard let self, !data.isEmpty else { return }
      self.lock.withLock { self.output += String(decoding: data, as: UTF8.self) }
    }
    try process.run()
  }

  /// Everything printed so far.
  public var printed: String { lock.withLock { output } }

  /// The process's id.
  public var processIdentifier: Int32 { process.processIdentifier }

  /// The first value `match` finds in a line printed, waiting up to `timeout` seconds.
  public func firstMatch(timeout: Double, _ match: (Substring) -> String?) async throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let text = printed
      for line in text.split(separator: "\n") {
        if let found = match(line) { return found }
      }
      guard process.isRunning else {
        throw Failure.ended(program: name, status: process.terminationStatus, output: text)
      }
      try await Task.sleep(for: .milliseconds(50))
    }
    throw Failure.noMatch(program: name, output: printed)
  }

  /// Sends `signal` (SIGINT as Ctrl-C does, SIGTERM as `kill` does).
  public func signal(_ signal: Int32) {
    if process.isRunning { kill(process.processIdentifier, signal) }
  }

  /// The exit status once the program has stopped, or `nil` if it is still running after
  /// `timeout` seconds (it is then killed).
  public func exit(timeout: Double) async -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline {
      try? await Task.sleep(for: .milliseconds(50))
    }
    guard !process.isRunning else {
      kill(process.processIdentifier, SIGKILL)
      return nil
    }
    return process.terminationStatus
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
  }
}
