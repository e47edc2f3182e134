import Foundation
import ImpactFiles
import ImpactModel

/// Reads every data file of a folder into one ``Dataset``.
///
/// Files are read in path order, each streamed once; the tables grow, the file text does not
/// stay in memory. Input files are only ever read.
public struct DataFolderReader {
  /// How to read.
  public struct Options: Sendable {
    /// Skip a file with a file-level problem (and list it) instead of stopping.
    public var keepGoing = false
    /// Paths to leave out, relative to the data folder or absolute (e.g. the output folder).
    public var excluded: [String] = []
    /// The bounds on files, rows, columns, cells and the folder.
    public var limits: InputLimits
    /// The bytes of a part when a large CSV file is cut into parts parsed at once
    /// (``PartedRecordPipeline``); a file of four parts or more is cut.
    public var partBytes = PartedRecordPipeline.partBytes

    /// Creates the default options.
    public init(keepGoing: Bool = false, excluded: [String] = [], limits: InputLimits = .standard) {
      self.keepGoing = keepGoing
      self.excluded = excluded
      self.limits = limits
    }
  }

  let configuration: ImpactConfiguration
  let options: Options

  /// Creates a reader for a configuration.
  public init(configuration: ImpactConfiguration, options: Options = Options()) {
    self.configuration = configuration
    self.options = options
  }

  /// Reads the folder.
  ///
  /// - Parameter progress: called now and then with how far reading has got.
  public func read(
    folder: String, progress: ((ReadProgress) -> Void)? = nil
  ) throws(IngestError) -> Dataset {
    var finder = DataFileFinder(excluded: options.excluded, limits: options.limits)
    if let lookup = configuration.imdLookup { finder.excluded.append(lookup) }
    let paths = try finder.files(in: folder)
    guard !paths.isEmpty else { throw .noDataFiles(folder) }
    let imd = try configuration.imdLookup.map { path throws(IngestError) in
      try IMDLookupReader().read(path: Self.join(folder, path), shownAs: path)
    }
    let sizes = paths.map { Self.fileSize(Self.join(folder, $0)) }
    let total = sizes.reduce(0, +)
    var done = 0
    var rowsDone = 0
    var builder = DatasetBuilder(configuration: configuration)
    let locator = HeaderLocator(recognizer: KindRecognizer(configuration: configuration))
    for (path, size) in zip(paths, sizes) {
      do throws(IngestError) {
        if size > options.limits.fileBytes {
          throw .beyondLimit(
            path: path, line: nil,
            problem: "the file is \(InputLimits.size(size)), more than a data file may be "
              + "(\(InputLimits.size(options.limits.fileBytes)))",
            advice: "Split it into smaller files (by year or programme) in the same folder")
        }
        let rows = try readFile(
          Self.join(folder, path), shownAs: path, into: &builder, locator: locator
        ) { bytes, rows in
          progress?(
            ReadProgress(
              file: path, bytesRead: done + bytes, totalBytes: total, rowsRead: rowsDone + rows))
        }
        rowsDone += rows
      } catch {
        guard options.keepGoing else { throw error }
        builder.dropFile()
        builder.dataset.skippedFiles.append(SkippedFile(path: path, message: error.description))
      }
      done += size
    }
    return builder.finish(imdLookup: imd ?? [:])
  }

  /// Reads one file into the builder, by its format: a CSV file, each worksheet of a
  /// workbook, or (an `.xls` or `.ods` file) a note that it is not read.
  private func readFile(
    _ fullPath: String, shownAs path: String, into builder: inout DatasetBuilder,
    locator: HeaderLocator, progress: @escaping (_ bytes: Int, _ rows: Int) -> Void
  ) throws(IngestError) -> Int {
    switch (path as NSString).pathExtension.lowercased() {
    case "xlsx", "xlsm":
      return try readWorkbook(
        fullPath, shownAs: path, into: &builder, locator: locator, progress: progress)
    case "xls", "ods":
      builder.dataset.notes.append(FileNote(path: path, message: Self.oldSpreadsheet(path)))
      return 0
    default:
      return try readCSV(
        fullPath, shownAs: path, into: &builder, locator: locator, progress: progress)
    }
  }

  /// Reads one CSV file: a first look at its top for the header, then the whole file
  /// streamed into the builder.
  private func readCSV(
    _ fullPath: String, shownAs path: String, into builder: inout DatasetBuilder,
    locator: HeaderLocator, progress: @escaping (_ bytes: Int, _ rows: Int) -> Void
  ) throws(IngestError) -> Int {
    do {
      let reader = try CSVFileReader(path: fullPath, recordBytes: options.limits.recordBytes)
      let named = KindRecognizer.kind(forFileName: (path as NSString).lastPathComponent)
      let fromName = FileNameFacts(
        fileName: (path as NSString).lastPathComponent, order: configuration.dateOrder)
      let delimiter = Delimiter.sniff(
        sampleLines: try reader.sampleLines(HeaderLocator.searchDepth)
      ) {
        locator.recognizer.recognise(header: $0, named: named, fromName: fromName) != nil
      }
      let cores = ProcessInfo.processInfo.activeProcessorCount
      let records = RecordSource(
        name: path, encoding: reader.encoding.name, delimiter: delimiter.name,
        // A look at the top reads on this thread: a reading ahead on another would parse
        // thousands of records that are never looked at.
        forEach: { progress, body in
          try reader.forEachRecord(delimiter: delimiter, progress: progress, body)
        },
        forEachToEnd: { progress, body in
          let partBytes = options.partBytes
          let starts =
            PartedRecordPipeline.isWorthwhile(
              size: reader.fileSize, partBytes: partBytes, cores: cores)
            ? try reader.lineStarts(every: partBytes) : []
          guard !starts.isEmpty else {
            return try RecordPipeline.forEach(progress: progress, body) { progress, body in
              try reader.forEachRecord(delimiter: delimiter, progress: progress, body)
            }
          }
          try PartedRecordPipeline.forEach(
            reader, delimiter: delimiter, cuttingAt: starts, workers: cores, progress: progress,
            body)
        })
      let (found, first) = try locateHeader(
        records, named: named, fromName: fromName, locator: locator)
      guard let found else {
        if let named { throw IngestError.missingColumns(path: path, kind: named, header: first) }
        throw IngestError.unknownKind(path: path, header: first)
      }
      return try readRecords(records, found: found, into: &builder, progress: progress)
    } catch let error as IngestError {
      throw error
    } catch {
      throw .unreadableFile(path: path, reason: "\(error)")
    }
  }

  /// Reads each visible worksheet of a workbook whose header fits a kind as a file of its
  /// own, named `file.xlsx [Sheet name]`; hidden sheets and sheets that fit no kind are
  /// noted, and a workbook where no sheet fits is an error like a CSV file's.
  private func readWorkbook(
    _ fullPath: String, shownAs path: String, into builder: inout DatasetBuilder,
    locator: HeaderLocator, progress: @escaping (_ bytes: Int, _ rows: Int) -> Void
  ) throws(IngestError) -> Int {
    do {
      let workbook = try XlsxWorkbook(path: fullPath, shownAs: path, limits: options.limits)
      let named = KindRecognizer.kind(forFileName: (path as NSString).lastPathComponent)
      let fromName = FileNameFacts(
        fileName: (path as NSString).lastPathComponent, order: configuration.dateOrder)
      var rows = 0
      var bytesBefore = 0
      var unfit: [(source: String, first: [String])] = []
      var notes: [FileNote] = []
      var sheetsRead = 0
      for sheet in workbook.sheets where !sheet.part.isEmpty {
        let source = workbook.source(sheet)
        guard !sheet.isHidden else {
          notes.append(FileNote(path: source, message: Self.hiddenSheet(source)))
          continue
        }
        let records = RecordSource(
          name: source, encoding: "XLSX", delimiter: "worksheet",
          forEach: { progress, body in
            try workbook.forEachRow(of: sheet, progress: progress, body)
          },
          // The sheet's XML is parsed on another thread while this one builds the dataset.
          forEachToEnd: { progress, body in
            try RecordPipeline.forEach(progress: progress, body) { progress, body in
              try workbook.forEachRow(of: sheet, progress: progress, body)
            }
          })
        let (found, first) = try locateHeader(
          records, named: named, fromName: fromName, locator: locator)
        guard let found else {
          unfit.append((source, first))
          continue
        }
        let before = bytesBefore
        let rowsBefore = rows
        rows += try readRecords(records, found: found, into: &builder) { bytes, sheetRows in
          progress(before + bytes, rowsBefore + sheetRows)
        }
        bytesBefore += workbook.packedSize(sheet)
        sheetsRead += 1
      }
      guard sheetsRead > 0 else {
        let shown = unfit.first?.source ?? path
        let first = unfit.first?.first ?? []
        if let named { throw IngestError.missingColumns(path: shown, kind: named, header: first) }
        throw IngestError.unknownKind(path: shown, header: first)
      }
      for (source, first) in unfit {
        notes.append(FileNote(path: source, message: Self.unfitSheet(source, first: first)))
      }
      builder.dataset.notes += notes
      return rows
    } catch let error as IngestError {
      throw error
    } catch let error as XlsxError {
      throw .unreadableWorkbook(path: path, message: error.description)
    } catch {
      throw .unreadableFile(path: path, reason: "\(error)")
    }
  }

  /// The first records of a source, and where among them the header is (`nil` when none
  /// fits), with the first record's cells for the message.
  private func locateHeader(
    _ records: RecordSource, named: FileKind?, fromName: FileNameFacts = FileNameFacts(),
    locator: HeaderLocator
  ) throws -> (HeaderLocator.Found?, [String]) {
    var top: [(line: Int, cells: [String])] = []
    do {
      try records.forEach(nil) { record in
        top.append((record.line, record.problem == nil ? record.allFields : []))
        if top.count >= HeaderLocator.searchDepth { throw StopReading() }
      }
    } catch is StopReading {}
    return (locator.locate(top, named: named, fromName: fromName), top.first?.cells ?? [])
  }

  /// Streams a source's records after its header into the builder, as one file's.
  private func readRecords(
    _ records: RecordSource, found: HeaderLocator.Found, into builder: inout DatasetBuilder,
    progress: @escaping (_ bytes: Int, _ rows: Int) -> Void
  ) throws -> Int {
    var report = FileReport(
      path: records.name, kind: found.kind, encoding: records.encoding,
      delimiter: records.delimiter, headerLine: found.line)
    var found = found
    var dates = builder.dates
    let survey = try DateOrderSurvey(records, found)
    dates.columnOrders = survey.orders
    let statusChoice = try StatusColumnChoice(records, found)
    if let statusChoice { found.layout.choose(statusChoice.chosen, for: .status) }
    report.unknownColumns = found.layout.unknownColumns
    var read = found.layout.position.map { ($0.value, $0.key) }
    if let last = found.layout.lastNamePosition { read.append((last, .participantID)) }
    report.columnsRead = read.sorted { $0.0 < $1.0 }.map {
      FileReport.ColumnRead(header: found.layout.headerText[$0.0], column: $0.1.name)
    }
    report.datesByDateOrder = survey.unsettled.map { found.layout.headerText[$0] }
    report.otherStatusColumns = (found.layout.alternatives[.status] ?? []).map {
      found.layout.headerText[$0]
    }
    report.layout =
      found.layout.export?.name ?? (found.layout.gridDates.isEmpty ? nil : "register grid")
    report.personKey = found.layout.personKey
    if let day = found.layout.nameDate {
      report.fromFileName =
        "the date \(day)"
        + (found.layout.nameProgramme.map { " and the programme `\($0)`" } ?? "")
        + " from the file name"
    }
    builder.begin(file: records.name, report: report)
    if let note = found.layout.export?.note {
      builder.note(
        .warning, line: found.line, column: .wholeRow, value: "",
        "read as \(found.layout.export!.name): \(note)")
    }
    let unused = found.layout.unknownColumns
    if unused.count > found.layout.position.count + found.layout.gridDates.count {
      builder.note(
        .warning, line: found.line, column: .wholeRow, value: "",
        "read as \(found.kind.rawValue) although most of its columns are not used: "
          + unused.map { "`\($0)`" }.joined(separator: ", ")
          + "; if it is another kind of file, rename its columns or add aliases in impact.yml")
    }
    if let statusChoice {
      builder.note(
        .warning, line: found.line, column: .status, value: statusChoice.unused,
        statusChoice.reason)
    }
    var file = FileColumns(
      found, extraFields: KindRecognizer.extraFields(of: configuration),
      dates: dates, participants: &builder.dataset.participants)
    builder.noteMeasures(file)
    var skip = found.firstDataRecord
    var count = 0
    let reportBytes: (Int) -> Void = { progress($0, count) }
    let limits = options.limits
    try records.forEachToEnd(reportBytes) { record in
      if skip > 0 {
        skip -= 1
        return
      }
      count += 1
      try Self.check(record, number: count, of: records.name, limits: limits)
      builder.add(record, &file)
    }
    builder.finish(&file)
    return count
  }

  /// Refuses a row past the file's row limit, wider than the column limit or with a cell
  /// longer than the cell limit.
  private static func check(
    _ record: CSVRecord, number: Int, of path: String, limits: InputLimits
  ) throws(IngestError) {
    if number > limits.rowsPerFile {
      throw .beyondLimit(
        path: path, line: record.line,
        problem: "the file has more than \(limits.rowsPerFile) rows, more than one file may hold",
        advice: "Split it into smaller files (by year or programme) in the same folder")
    }
    if record.count > limits.columns {
      throw .beyondLimit(
        path: path, line: record.line,
        problem: "the row has \(record.count) values, more than the \(limits.columns) "
          + "columns a row may have",
        advice: "Check the delimiter and the quote marks on that line")
    }
    for index in 0..<record.count {
      let length = record.fieldLength(index)
      if length > limits.cellBytes {
        throw .beyondLimit(
          path: path, line: record.line,
          problem: "value \(index + 1) is \(length) bytes long, more than a cell may hold "
            + "(\(limits.cellBytes))",
          advice: "Check that line for a missing closing quote mark")
      }
    }
  }

  static func oldSpreadsheet(_ path: String) -> String {
    "\(path): this spreadsheet format (.\((path as NSString).pathExtension)) is not read. Open "
      + "it in Excel or LibreOffice and save it as .xlsx (Excel Workbook) or as CSV, then run "
      + "again."
  }

  static func hiddenSheet(_ source: String) -> String {
    "\(source): a hidden sheet, not read. To have it read, unhide it in Excel (right-click a "
      + "sheet tab, Unhide) and save the workbook."
  }

  static func unfitSheet(_ source: String, first: [String]) -> String {
    let cells = first.prefix(8).map { "`\($0)`" }.joined(separator: ", ")
    return "\(source): no row near the top fits a kind of file (its first row is "
      + (first.isEmpty ? "empty" : cells + (first.count > 8 ? ", …" : "")) + "), so this "
      + "sheet was not read. If it holds data, rename its columns (or add aliases under "
      + "`columns:` in impact.yml)."
  }

  static func join(_ folder: String, _ path: String) -> String {
    folder.hasSuffix("/") ? folder + path : folder + "/" + path
  }

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
      ?? 0
  }
}
