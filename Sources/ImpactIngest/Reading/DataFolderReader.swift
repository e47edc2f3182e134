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

    /// Creates the default options.
    public init(keepGoing: Bool = false, excluded: [String] = []) {
      self.keepGoing = keepGoing
      self.excluded = excluded
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
    var finder = DataFileFinder(excluded: options.excluded)
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
      do {
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

  /// Reads one file into the builder: a first look at its top for the header, then the
  /// whole file streamed into the builder.
  private func readFile(
    _ fullPath: String, shownAs path: String, into builder: inout DatasetBuilder,
    locator: HeaderLocator, progress: @escaping (_ bytes: Int, _ rows: Int) -> Void
  ) throws(IngestError) -> Int {
    do {
      let reader = try CSVFileReader(path: fullPath)
      let named = KindRecognizer.kind(forFileName: (path as NSString).lastPathComponent)
      let delimiter = Delimiter.sniff(
        sampleLines: try reader.sampleLines(HeaderLocator.searchDepth)
      ) {
        locator.recognizer.recognise(header: $0, named: named) != nil
      }
      var top: [(line: Int, cells: [String])] = []
      do {
        try reader.forEachRecord(delimiter: delimiter) { record in
          top.append((record.line, record.problem == nil ? record.allFields : []))
          if top.count >= HeaderLocator.searchDepth { throw StopReading() }
        }
      } catch is StopReading {}
      guard let found = locator.locate(top, named: named) else {
        let first = top.first?.cells ?? []
        if let named { throw IngestError.missingColumns(path: path, kind: named, header: first) }
        throw IngestError.unknownKind(path: path, header: first)
      }
      var report = FileReport(
        path: path, kind: found.kind, encoding: reader.encoding.name,
        delimiter: delimiter.name, headerLine: found.line)
      report.unknownColumns = found.layout.unknownColumns
      builder.begin(file: path, report: report)
      var file = FileColumns(
        found, extraFields: KindRecognizer.extraFields(of: configuration),
        dates: builder.dates, participants: &builder.dataset.participants)
      builder.noteMeasures(file)
      var skip = found.firstDataRecord
      var records = 0
      let reportBytes: (Int) -> Void = { progress($0, records) }
      try reader.forEachRecord(delimiter: delimiter, progress: reportBytes) { record in
        if skip > 0 {
          skip -= 1
          return
        }
        records += 1
        builder.add(record, &file)
      }
      return records
    } catch let error as IngestError {
      throw error
    } catch {
      throw .unreadableFile(path: path, reason: "\(error)")
    }
  }

  static func join(_ folder: String, _ path: String) -> String {
    folder.hasSuffix("/") ? folder + path : folder + "/" + path
  }

  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
      ?? 0
  }
}
