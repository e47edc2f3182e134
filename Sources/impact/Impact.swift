import ArgumentParser

/// The `impact` command: figures for boards and funders from a folder of CSV exports.
@main
struct Impact: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "impact",
    abstract: "Turn attendance, participant, feedback and funding CSVs into impact figures.",
    version: ToolVersion.current,
    subcommands: [Report.self, Validate.self, Indicators.self, Init.self, Sample.self]
  )
}

/// The tool's version, printed by `--version` and in outputs.
enum ToolVersion {
  static let current = "0.1.0"
}
