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
    FreedMemory.giveBack()
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
    let templates: TemplateSource = options.templatesFolder.map { .folder($0) } ?? .builtIn
    let workbook: WorkbookExporter?
    do {
      workbook =
        options.formats.contains(.xlsx)
        ? try WorkbookExporter(context: context, templates: templates) : nil
    } catch {
      throw .template(error)
    }
    let textFormats = Set(options.formats.compactMap { TextFormat(rawValue: $0.rawValue) })
    let textExporter =
      textFormats.isEmpty
      ? nil
      : TextReportExporter(
        context: context, yearSeries: engine.yearSeries(for: periods), funders: funders,
        templates: templates)
    let returnExporter = FunderReturnExporter(
      context: context, funders: funders, templates: templates)
    let heading = IndicatorsJSONFile.Heading(
      organisation: context.organisation, generatedAt: context.generatedAt,
      toolVersion: context.toolVersion, reportingPeriod: periods.reporting)
    let paths = OutputPaths(
      folder: staged.path, workbook: staged.file("impact-report.xlsx"),
      indicatorsCSV: staged.file("indicators.csv"), dataQuality: staged.file("data-quality.csv"),
      indicatorsJSON: staged.file("indicators.json"))
    let options = options
    let checkedReturns = returns
    // The workbook is written on one core while the other files are written on the other.
    // A failure is reported as the files' order would have met it: the text reports and
    // returns, then the workbook, then the tidy files.
    let writing = FileWritingContext.current
    let written = ParallelMap.map([OutputPart.workbook, .otherFiles]) { part in
      writing.run {
        switch part {
        case .workbook:
          return Self.writeWorkbook(workbook, to: paths)
        case .otherFiles:
          return Self.writeOtherFiles(
            text: textExporter, formats: textFormats, returns: checkedReturns, returnExporter,
            rows: rows, dataset: dataset, heading: heading, options: options, to: paths)
        }
      }
    }
    var files: [String] = []
    for part in written {
      switch part.beforeWorkbook {
      case .success(let paths): files += paths
      case .failure(let failure): throw failure.error(folder: folder, staged: staged)
      }
    }
    for part in written {
      switch part.workbook {
      case .success(let paths): files += paths
      case .failure(let failure): throw failure.error(folder: folder, staged: staged)
      }
    }
    for part in written {
      switch part.afterWorkbook {
      case .success(let paths): files += paths
      case .failure(let failure): throw failure.error(folder: folder, staged: staged)
      }
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
