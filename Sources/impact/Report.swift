import ArgumentParser
import Foundation
import ImpactExport
import ImpactRun

/// `impact report`: read, compute and write every output for the reporting period.
struct Report: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Read a data folder, compute every indicator, and write the reports.",
    discussion: """
      Exit status: 0 done; 1 the data stopped the run (a file that cannot be read, or a
      rejected row with --strict); 2 a usage or impact.yml error; 3 an output could not be
      written.
      """)

  @OptionGroup var data: DataOptions

  @Option(
    help: """
      The reporting period: a quarter (2025-26 Q2), a year (2025-26), a year to date \
      (2025-26 YTD), a range (2025-07-01..2025-09-30) or latest.
      """)
  var period = "latest"

  @Option(help: "Where to write (default: reports/<period>).")
  var out: String?

  @Option(
    help:
      "Which outputs, comma-separated: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ",")).",
    transform: { try parseList($0, as: OutputFormat.self, option: "--format") })
  var format: [OutputFormat] = OutputFormat.allCases

  @Option(
    help:
      "Which text reports, comma-separated: \(Audience.allCases.map(\.rawValue).joined(separator: ",")).",
    transform: { try parseList($0, as: Audience.self, option: "--audience") })
  var audience: [Audience] = Audience.allCases

  @Option(help: "Write the funder summary for this funder only.")
  var funder: String?

  @Option(help: "Use the report templates in this folder (copies of reports/templates you edited).")
  var templates: String?

  @Option(help: "Trim the plain-text funder summary to at most this many words.")
  var words: Int?

  @Flag(help: "Fail the run if any row is rejected.")
  var strict = false

  func validate() throws {
    if let words, words < 1 { throw ValidationError("--words must be 1 or more.") }
  }

  func run() throws {
    do {
      let options = ReportRun.Options(
        dataFolder: data.folder, configPath: data.config, period: period, out: out,
        formats: format, audiences: audience, funder: funder, templatesFolder: templates,
        words: words, keepGoing: data.keepGoing, strict: strict,
        generatedAt: try GenerationTime.date(environment: ProcessInfo.processInfo.environment))
      let result = try ReportRun(options: options).run(progress: data.progress())
      if !data.quiet {
        print(
          "\(result.period.label): \(result.figures) figures written to \(result.folder)"
            + (result.rejectedRows > 0
              ? " (\(result.rejectedRows) rows rejected: see data-quality.csv)" : ""))
      }
      if let leftover = result.leftover { StandardError.line(leftover.description) }
    } catch {
      throw data.stop(error)
    }
  }
}

/// Parses a comma-separated list of names.
func parseList<Choice: RawRepresentable & CaseIterable>(
  _ text: String, as _: Choice.Type, option: String
) throws -> [Choice] where Choice.RawValue == String {
  try text.split(separator: ",").map { part in
    let name = part.trimmingCharacters(in: .whitespaces).lowercased()
    guard let choice = Choice(rawValue: name) else {
      throw ValidationError(
        "\(option): `\(name)` is not one of "
          + Choice.allCases.map(\.rawValue).joined(separator: ", ") + ".")
    }
    return choice
  }
}
