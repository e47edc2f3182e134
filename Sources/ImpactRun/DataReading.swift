import Foundation
import ImpactIngest
import ImpactModel

/// The part every run shares: the settings, then the data folder read with them.
public struct DataReading: Sendable {
  /// The folder holding the CSV files.
  public var folder: String
  /// A settings file to use instead of `<folder>/impact.yml`.
  public var configPath: String?
  /// Skip a file that cannot be read (and report it) instead of stopping.
  public var keepGoing: Bool
  /// An output folder to leave out of the data, besides the default `reports/`.
  public var out: String?
  /// Read with the default settings, whatever `impact.yml` the folder holds (`impact init
  /// --from` describes what the defaults do).
  public var defaultSettings = false

  /// Creates the reading of `folder`.
  public init(
    folder: String, configPath: String? = nil, keepGoing: Bool = false, out: String?,
    defaultSettings: Bool = false
  ) {
    self.folder = folder
    self.configPath = configPath
    self.keepGoing = keepGoing
    self.out = out
    self.defaultSettings = defaultSettings
  }

  /// What was read.
  public struct Output: Sendable {
    /// The settings used.
    public var configuration: ImpactConfiguration
    /// The data read.
    public var dataset: Dataset
  }

  /// The configuration: the defaults under `defaultSettings`, else `configPath`, else
  /// `impact.yml` in the folder, else the defaults.
  public func configuration() throws(ReportRunError) -> ImpactConfiguration {
    if defaultSettings { return ImpactConfiguration() }
    let loader = ConfigLoader(knownColumns: CanonicalColumns.names)
    let path = configPath ?? (folder as NSString).appendingPathComponent("impact.yml")
    guard configPath != nil || FileManager.default.fileExists(atPath: path) else {
      return ImpactConfiguration()
    }
    do {
      return try loader.load(path: path)
    } catch {
      throw .configuration(error)
    }
  }

  /// Loads the settings and reads the folder; a file-level problem ends the run.
  ///
  /// The tool's own outputs are never read as data: `out` and the default `reports/` folder
  /// (both as seen from the current directory) are left out.
  public func read(progress: ((RunProgress) -> Void)? = nil) throws(ReportRunError) -> Output {
    let configuration = try configuration()
    // The returns folder holds return files, never data.
    let returns = ReturnsFolder(dataFolder: folder, configuration: configuration).path
    let excluded = Set([out, "reports", returns].compactMap { $0 }).sorted().map {
      URL(fileURLWithPath: $0).standardizedFileURL.path
    }
    let reader = DataFolderReader(
      configuration: configuration,
      options: .init(keepGoing: keepGoing, excluded: excluded))
    let dataset: Dataset
    do {
      dataset = try reader.read(folder: folder) { progress?(.reading($0)) }
    } catch {
      progress?(.readingEnded)
      // A folder that is not there is a mistake in the command, not in the data.
      if case .folderNotFound(let folder) = error { throw .dataFolderNotFound(folder) }
      throw .data(error)
    }
    progress?(.readingEnded)
    for skipped in dataset.skippedFiles { progress?(.skipped(skipped)) }
    return Output(configuration: configuration, dataset: dataset)
  }
}
