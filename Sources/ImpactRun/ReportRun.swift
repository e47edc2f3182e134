import Foundation
import ImpactAnalytics
import ImpactExport
import ImpactFiles
import ImpactIngest
import ImpactModel

/// A whole report run: settings, data, figures for the period, then every output chosen.
///
/// Everything that can stop the run for a mistake in the command (period, funder, templates)
/// does so before anything is written.
public struct ReportRun: Sendable {
  /// What to read and write.
  public var options: Options

  /// Creates the run.
  public init(options: Options) {
    self.options = options
  }

  /// Runs the report.
  ///
  /// - Parameter progress: called with each step of the work, before the run returns.
  public func run(
    progress: ((RunProgress) -> Void)? = nil
  ) throws(ReportRunError) -> ReportRunResult {
    let generatedAt = GenerationTime.text(options.generatedAt)
    let reading = DataReading(
      folder: options.dataFolder, configPath: options.configPath, keepGoing: options.keepGoing,
      out: options.out)
    let read = try reading.read(progress: progress)
    let configuration = read.configuration
    let dataset = read.dataset
    let rejected = dataset.files.reduce(0) { $0 + $1.rowsRejected }
    if options.strict && rejected > 0 {
      throw .rejectedRows(count: rejected, folder: options.dataFolder)
    }
    progress?(
      .phase(
        "Computing figures from \(dataset.attendance.count) attendance rows, "
          + "\(dataset.feedback.count) responses and \(dataset.funding.count) funding lines"))
    let engine = IndicatorEngine(dataset: dataset, configuration: configuration)
    let selection: PeriodSelection
    do {
      selection = try PeriodSelection(parsing: options.period, calendar: engine.calendar)
    } catch {
      throw .period(error)
    }
    guard let periods = engine.periods(for: selection) else {
      throw .noAttendedSession(folder: options.dataFolder)
    }
    let table = engine.table(for: periods)
    let rows = table.rows
    let context = ReportContext(
      table: table, configuration: configuration, generatedAt: generatedAt,
      toolVersion: ToolVersion.current, dataset: dataset)
    let folder = options.out ?? "reports/\(periods.reporting.fileSafeLabel)"
    let funders = engine.funderIncome(in: periods.reporting)
    // A funder with no income is a usage mistake: say so before anything is written.
    if let funder = options.funder, FunderIncome.named(funder, in: funders).isEmpty {
      throw .unknownFunder(
        name: funder, period: periods.reporting.label, funders: funders.map(\.funder))
    }
    // Return files are checked against what the run can answer, before anything is written.
    var returns: [FunderReturn] = []
    if options.formats.contains(where: { [.xlsx, .md, .txt].contains($0) }) {
      do {
        returns = try ReturnsFolder(dataFolder: options.dataFolder, configuration: configuration)
          .read(
            vocabulary: ReturnVocabularyBuilder.vocabulary(
              table: table, configuration: configuration))
      } catch {
        throw .returns(error)
      }
    }
    // The whole report goes into a staging folder beside `folder`, swapped in at the end:
    // whatever stops the run, `folder` is left as it was (OUTPUTS.md).
    let staged = try Self.staging(folder)
    progress?(.phase("Writing the reports to \(folder)"))
    var files: [String] = []
    let templates: TemplateSource = options.templatesFolder.map { .folder($0) } ?? .builtIn
    var workbook: WorkbookExporter?
    if options.formats.contains(.xlsx) {
      do {
        workbook = try WorkbookExporter(context: context, templates: templates)
      } catch {
        throw .template(error)
      }
    }
    let textFormats = Set(options.formats.compactMap { TextFormat(rawValue: $0.rawValue) })
    if !textFormats.isEmpty {
      let exporter = TextReportExporter(
        context: context, yearSeries: engine.yearSeries(for: periods), funders: funders,
        templates: templates)
      do {
        files += try exporter.write(
          to: staged.path, audiences: Set(options.audiences), formats: textFormats,
          funder: options.funder, wordLimit: options.words)
      } catch {
        switch error {
        case .template(let error): throw .template(error)
        case .write(let error):
          throw .reportNotWritten(folder: folder, reason: staged.naming(error.description))
        case .unknownFunder(let name, let period, let funders):
          throw .unknownFunder(name: name, period: period, funders: funders)
        }
      }
    }
    do {
      files += try FunderReturnExporter(context: context, funders: funders, templates: templates)
        .write(
          returns, to: staged.path, formats: textFormats, workbook: options.formats.contains(.xlsx))
    } catch {
      if case .template(let error) = error { throw .template(error) }
      throw .reportNotWritten(folder: folder, reason: staged.naming(error.description))
    }
    do {
      if let workbook {
        try workbook.write(to: staged.file("impact-report.xlsx"))
        files.append(staged.file("impact-report.xlsx"))
      }
      if options.formats.contains(.csv) {
        try IndicatorsCSVFile(rows: rows).write(to: staged.file("indicators.csv"))
        files.append(staged.file("indicators.csv"))
        try DataQualityFile(dataset: dataset).write(to: staged.file("data-quality.csv"))
        files.append(staged.file("data-quality.csv"))
      }
      if options.formats.contains(.json) {
        let heading = IndicatorsJSONFile.Heading(
          organisation: context.organisation, generatedAt: context.generatedAt,
          toolVersion: context.toolVersion, reportingPeriod: periods.reporting)
        try IndicatorsJSONFile(heading: heading, rows: rows).write(
          to: staged.file("indicators.json"))
        files.append(staged.file("indicators.json"))
      }
    } catch {
      throw .reportNotWritten(folder: folder, reason: staged.naming("\(error)"))
    }
    for index in files.indices { files[index] = staged.naming(files[index]) }
    let leftover: FileWriteError?
    do {
      leftover = try staged.commit()
    } catch {
      throw .outputFolder(error)
    }
    progress?(.phase(""))
    return ReportRunResult(
      period: periods.reporting, folder: folder, files: files, figures: rows.count,
      rejectedRows: rejected, leftover: leftover, context: context,
      templates: templates)
  }

  /// The staging folder that will replace `folder`.
  private static func staging(_ folder: String) throws(ReportRunError) -> StagedFolder {
    do {
      return try StagedFolder(replacing: folder)
    } catch {
      throw .outputFolder(error)
    }
  }
}
