import Foundation

/// Runs the built `impact` binary, as a user would.
public struct CommandRunner {
  /// What a run gave.
  public struct Result: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String
  }

  /// The binary, beside the test bundle in the build folder.
  public static var binary: String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [beside, beside.deletingLastPathComponent()] {
      let candidate = folder.appendingPathComponent("impact").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return repositoryRoot + "/.build/debug/impact"
  }

  /// The repository's root folder, from this file's path.
  public static var repositoryRoot: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().path
  }

  /// Runs `impact` with arguments and returns its exit status and what it printed.
  public static func run(
    _ arguments: [String], environment: [String: String] = [:], in folder: String? = nil
  ) throws -> Result {
    let process = Process()
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
      errors: String(decoding: err, as: UTF8.self))
  }
}
