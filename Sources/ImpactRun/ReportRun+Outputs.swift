import ImpactAnalytics
import ImpactExport
import ImpactFiles
import ImpactModel

extension ReportRun {
  /// Where a report's files go in its staging folder.
  struct OutputPaths: Sendable {
    var folder: String
    var workbook: String
    var indicatorsCSV: String
    var dataQuality: String
    var indicatorsJSON: String
  }

  /// The two halves of a report written side by side.
  enum OutputPart: Sendable {
    /// The workbook.
    case workbook
    /// The text reports, the returns, and the tidy files.
    case otherFiles
  }

  /// What writing one part came to, in the three places of the files' order: the text
  /// reports and returns, the workbook, the tidy files. A part that stops at a failure leaves
  /// the later places empty.
  struct WrittenPart: Sendable {
    var beforeWorkbook: Result<[String], OutputFailure> = .success([])
    var workbook: Result<[String], OutputFailure> = .success([])
    var afterWorkbook: Result<[String], OutputFailure> = .success([])
  }

  /// Why a part could not be written, before the staging folder's names are put back.
  enum OutputFailure: Error, Sendable {
    case template(TemplateError)
    case unknownFunder(name: String, period: String, funders: [String])
    /// A file could not be written; the reason names staging paths.
    case notWritten(reason: String)

    /// The run's error, naming `folder` and the final paths.
    func error(folder: String, staged: borrowing StagedFolder) -> ReportRunError {
      switch self {
      case .template(let error): return .template(error)
      case .unknownFunder(let name, let period, let funders):
        return .unknownFunder(name: name, period: period, funders: funders)
      case .notWritten(let reason):
        return .reportNotWritten(folder: folder, reason: staged.naming(reason))
      }
    }
  }

  /// Writes the workbook, when the run makes one.
  static func writeWorkbook(_ workbook: WorkbookExporter?, to paths: OutputPaths) -> WrittenPart {
    var part = WrittenPart()
    guard let workbook else { return part }
    do {
      try workbook.write(to: paths.workbook)
      part.workbook = .success([paths.workbook])
    } catch {
      part.workbook = .failure(.notWritten(reason: "\(error)"))
    }
    return part
  }

  /// Writes the text reports, the returns, `indicators.csv` with `data-quality.csv`, and
  /// `indicators.json`, as the options ask, stopping at the first failure.
  static func writeOtherFiles(
    text: TextReportExporter?, formats: Set<TextFormat>, returns: [FunderReturn],
    _ returnExporter: FunderReturnExporter, rows: [IndicatorRow], dataset: Dataset,
    heading: IndicatorsJSONFile.Heading, options: Options, to paths: OutputPaths
  ) -> WrittenPart {
    var part = WrittenPart()
    var files: [String] = []
    if let text {
      do {
        files += try text.write(
          to: paths.folder, audiences: Set(options.audiences), formats: formats,
          funder: options.funder, wordLimit: options.words)
      } catch {
        switch error {
        case .template(let error): part.beforeWorkbook = .failure(.template(error))
        case .write(let error):
          part.beforeWorkbook = .failure(.notWritten(reason: error.description))
        case .unknownFunder(let name, let period, let funders):
          part.beforeWorkbook = .failure(
            .unknownFunder(name: name, period: period, funders: funders))
        }
        return part
      }
    }
    do {
      files += try returnExporter.write(
        returns, to: paths.folder, formats: formats, workbook: options.formats.contains(.xlsx))
    } catch {
      if case .template(let error) = error {
        part.beforeWorkbook = .failure(.template(error))
      } else {
        part.beforeWorkbook = .failure(.notWritten(reason: error.description))
      }
      return part
    }
    part.beforeWorkbook = .success(files)
    files = []
    do {
      if options.formats.contains(.csv) {
        try IndicatorsCSVFile(rows: rows).write(to: paths.indicatorsCSV)
        files.append(paths.indicatorsCSV)
        try DataQualityFile(dataset: dataset).write(to: paths.dataQuality)
        files.append(paths.dataQuality)
      }
      if options.formats.contains(.json) {
        try IndicatorsJSONFile(heading: heading, rows: rows).write(to: paths.indicatorsJSON)
        files.append(paths.indicatorsJSON)
      }
      part.afterWorkbook = .success(files)
    } catch {
      part.afterWorkbook = .failure(.notWritten(reason: "\(error)"))
    }
    return part
  }
}
