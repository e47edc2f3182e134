import ArgumentParser
import ImpactFiles
import ImpactRun

/// The `impact` command: figures for boards and funders from a folder of CSV exports.
@main
struct Impact: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "impact",
    abstract: "Turn attendance, participant, feedback and funding CSVs into impact figures.",
    version: ToolVersion.current,
    subcommands: [
      Report.self, Validate.self, Indicators.self, Init.self, Sample.self, Serve.self,
    ]
  )

  /// Runs the command line. A usage mistake (an unknown option, a bad value) exits with
  /// status 2, as OUTPUTS.md says, rather than the argument parser's 64; help and version
  /// exit 0, and a command's own exit status is kept. Ctrl-C and `kill` remove what is being
  /// written and exit 130 or 143 (``Interruption``); `serve` (the one async command) stops
  /// gracefully on them instead, deleting its workspace.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        let pending = PendingOutputs()
        let sources = Interruption.handle(removing: pending)
        defer { withExtendedLifetime(sources) {} }
        try PendingOutputs.$current.withValue(pending) { try command.run() }
      }
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      StandardError.line(fullMessage(for: error))
      exit(withError: ExitStatus.usage.code)
    }
  }
}
