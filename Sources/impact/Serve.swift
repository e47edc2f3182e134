import ArgumentParser
import Foundation
import ImpactApp
import ImpactRun

/// `impact serve`: the same work in a web browser, on this machine only.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Open the browser app: choose or upload data, read the reports, explore figures.",
    discussion: """
      Serves on 127.0.0.1 only, at an address with a secret token (printed, and opened in the \
      browser). Uploads and reports stay in a private folder deleted when the server stops \
      (Ctrl-C).
      """)

  @Argument(help: "A data folder to start with.")
  var folder: String?

  @Option(help: "The port to listen on (default: a free one).")
  var port = 0

  @Option(help: "The address to listen on (default 127.0.0.1).")
  var host = "127.0.0.1"

  @Flag(help: "Allow an address other than loopback (other computers could reach the app).")
  var allowRemote = false

  @Flag(help: "Do not open the browser; only print the address.")
  var noOpen = false

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be 0 to 65535.") }
  }

  func run() async throws {
    do {
      let generatedAt = try ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].map { _ in
        try GenerationTime.date(environment: ProcessInfo.processInfo.environment)
      }
      let options = AppOptions(
        dataFolder: folder.map { URL(fileURLWithPath: $0).standardizedFileURL.path }, host: host,
        port: port, allowRemote: allowRemote, openBrowser: !noOpen, generatedAt: generatedAt)
      if allowRemote && !AppOptions.isLoopback(host) {
        StandardError.line(
          "Warning: --allow-remote: other computers can reach the app at \(host); anyone with "
            + "the address can read the data.")
      }
      let server = try AppServer(options: options)
      try await server.run { address in
        let text =
          "impact serve: open \(address)\nPress Ctrl-C to stop (the workspace is deleted).\n"
        FileHandle.standardOutput.write(Data(text.utf8))
      }
    } catch let error as AppError {
      StandardError.line(error.description)
      throw ExitStatus.usage.code
    } catch let error as ReportRunError {
      StandardError.line(error.description)
      throw ExitStatus.usage.code
    }
  }
}
