import ArgumentParser

/// `impact-bench`: times the whole job against the floor of parsing the same bytes (issue 10),
/// and writes the `.xlsx` data it is measured on. Run by `make bench`; never by the tests.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "impact-bench",
    abstract: "Time impact on generated data against the parsing floor.",
    subcommands: [Measure.self, XlsxData.self],
    defaultSubcommand: Measure.self)
}
