import ArgumentParser
import Foundation
import ImpactAnalytics
import ImpactExport
import ImpactIngest
import ImpactModel

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
    let generatedAt = try GenerationTime.now()
    let configuration = try data.loadConfiguration()
    let dataset = try data.readDataset(configuration, out: out)
    let rejected = dataset.files.reduce(0) { $0 + $1.rowsRejected }
    if strict && rejected > 0 {
      StandardError.line(
        "\(rejected) rows were rejected and --strict is set. Run `impact validate \(data.folder)` "
          + "to see each one, fix them, or run without --strict.")
      throw ExitStatus.dataProblem
    }
    data.phase(
      "Computing figures from \(dataset.attendance.count) attendance rows, "
        + "\(dataset.feedback.count) responses and \(dataset.funding.count) funding lines")
    let engine = IndicatorEngine(dataset: dataset, configuration: configuration)
    let selection: PeriodSelection
    do {
      selection = try PeriodSelection(parsing: period, calendar: engine.calendar)
    } catch {
      StandardError.line("--period: \(error.description)")
      throw ExitStatus.usage
    }
    guard let periods = engine.periods(for: selection) else {
      StandardError.line(
        "No attended session was found in \(data.folder), so there is no latest quarter to "
          + "report on. Check the attendance files (impact validate), or give --period.")
      throw ExitStatus.dataProblem
    }
    let table = engine.table(for: periods)
    let rows = table.rows
    let context = ReportContext(
      table: table, configuration: configuration, generatedAt: generatedAt,
      toolVersion: ToolVersion.current, dataset: dataset)
    let folder = out ?? "reports/\(periods.reporting.fileSafeLabel)"
    let funders = engine.funderIncome(in: periods.reporting)
    // A --funder with no income is a usage mistake: say so before anything is written.
    if let funder, FunderIncome.named(funder, in: funders).isEmpty {
      StandardError.line(
        TextReportError.unknownFunder(
          name: funder, period: periods.reporting.label, funders: funders.map(\.funder)
        ).description)
      throw ExitStatus.usage
    }
    do {
      try OutputFolder.prepare(folder)
    } catch {
      StandardError.line(
        "Could not create the output folder \(folder). Check that its parent folder exists "
          + "and that you may write there, or give another folder with --out.")
      throw ExitStatus.output
    }
    data.phase("Writing the reports to \(folder)")
    // The text reports first: every template is rendered before anything is written, so a
    // template or --funder mistake stops the run with nothing written.
    let textFormats = Set(format.compactMap { TextFormat(rawValue: $0.rawValue) })
    if !textFormats.isEmpty {
      let exporter = TextReportExporter(
        context: context, yearSeries: engine.yearSeries(for: periods),
        funders: funders,
        templates: templates.map { .folder($0) } ?? .builtIn)
      do {
        _ = try exporter.write(
          to: folder, audiences: Set(audience), formats: textFormats, funder: funder,
          wordLimit: words)
      } catch {
        StandardError.line(error.description)
        if case .write = error { throw ExitStatus.output }
        throw ExitStatus.usage
      }
    }
    do {
      let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
      if format.contains(.xlsx) {
        try WorkbookExporter(context: context).write(to: path("impact-report.xlsx"))
      }
      if format.contains(.csv) {
        try IndicatorsCSVFile(rows: rows).write(to: path("indicators.csv"))
        try DataQualityFile(dataset: dataset).write(to: path("data-quality.csv"))
      }
      if format.contains(.json) {
        let heading = IndicatorsJSONFile.Heading(
          organisation: context.organisation, generatedAt: context.generatedAt,
          toolVersion: context.toolVersion, reportingPeriod: periods.reporting)
        try IndicatorsJSONFile(heading: heading, rows: rows).write(to: path("indicators.json"))
      }
    } catch {
      StandardError.line("Could not write the report to \(folder): \(error)")
      throw ExitStatus.output
    }
    data.phase("")
    if !data.quiet {
      print(
        "\(periods.reporting.label): \(rows.count) figures written to \(folder)"
          + (rejected > 0 ? " (\(rejected) rows rejected: see data-quality.csv)" : ""))
    }
  }
}

/// The outputs `--format` can choose, in the order OUTPUTS.md lists them.
enum OutputFormat: String, CaseIterable {
  case xlsx, md, txt, html, csv, json
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

/// The "generated at" time: `SOURCE_DATE_EPOCH` when set (for reproducible outputs), else now.
enum GenerationTime {
  /// The time; a `SOURCE_DATE_EPOCH` that is not a whole number of seconds is a usage error
  /// (silently using the clock would make outputs stop being reproducible).
  static func now() throws -> String {
    var date = Date()
    if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
      guard let seconds = Int(text) else {
        StandardError.line(
          "SOURCE_DATE_EPOCH is `\(text)`; set it to a whole number of seconds since "
            + "1970-01-01 (e.g. 1775034000), or unset it.")
        throw ExitStatus.usage
      }
      date = Date(timeIntervalSince1970: Double(seconds))
    }
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
