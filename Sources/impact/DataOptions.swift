import ArgumentParser
import Foundation
import ImpactIngest
import ImpactModel

/// Options shared by the commands that read a data folder.
struct DataOptions: ParsableArguments {
  @Argument(help: "The folder holding your CSV files.")
  var folder: String = "."

  @Option(help: "Read settings from this file instead of <folder>/impact.yml.")
  var config: String?

  @Flag(help: "Skip a file that cannot be read (and list it) instead of stopping.")
  var keepGoing = false

  @Flag(help: "Print nothing but errors.")
  var quiet = false

  /// Whether to show progress: on a terminal, unless `--quiet`.
  var showsProgress: Bool { !quiet && StandardError.isTerminal }

  /// Shows the phase of a long run on a terminal.
  func phase(_ text: String) {
    if showsProgress { StandardError.status(text) }
  }

  /// The configuration: `--config`, else `impact.yml` in the folder, else the defaults.
  func loadConfiguration() throws -> ImpactConfiguration {
    let loader = ConfigLoader(knownColumns: CanonicalColumns.names)
    let path = config ?? (folder as NSString).appendingPathComponent("impact.yml")
    guard config != nil || FileManager.default.fileExists(atPath: path) else {
      return ImpactConfiguration()
    }
    do {
      return try loader.load(path: path)
    } catch {
      StandardError.line(error.description)
      throw ExitStatus.usage
    }
  }

  /// Reads the folder, showing progress on a terminal; a file-level problem ends the run.
  ///
  /// The tool's own outputs are never read as data: the `--out` folder given and the default
  /// `reports/` folder (both as seen from the current directory) are left out.
  func readDataset(_ configuration: ImpactConfiguration, out: String?) throws -> Dataset {
    let excluded = Set([out, "reports"].compactMap { $0 }).sorted().map {
      URL(fileURLWithPath: $0).standardizedFileURL.path
    }
    let reader = DataFolderReader(
      configuration: configuration,
      options: .init(keepGoing: keepGoing, excluded: excluded))
    let showProgress = showsProgress
    var lastShown = -1
    do {
      let dataset = try reader.read(folder: folder) { progress in
        guard showProgress, progress.totalBytes > 0 else { return }
        let percent = progress.bytesRead * 100 / progress.totalBytes
        guard percent != lastShown else { return }
        lastShown = percent
        StandardError.status(
          "Reading \(progress.file): \(ByteCount(progress.bytesRead)) of "
            + "\(ByteCount(progress.totalBytes)) (\(percent)%), \(progress.rowsRead) rows")
      }
      if showProgress { StandardError.status("") }
      if !quiet {
        for skipped in dataset.skippedFiles {
          StandardError.line("Skipped (--keep-going): \(skipped.message)")
        }
      }
      return dataset
    } catch {
      if showProgress { StandardError.status("") }
      StandardError.line(error.description)
      // A folder that is not there is a mistake in the command, not in the data.
      if case .folderNotFound = error { throw ExitStatus.usage }
      throw ExitStatus.dataProblem
    }
  }
}

/// A byte count in a readable unit.
struct ByteCount: CustomStringConvertible {
  let bytes: Int
  init(_ bytes: Int) { self.bytes = bytes }

  var description: String {
    let units = ["bytes", "KB", "MB", "GB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1000, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    return unit == 0 ? "\(bytes) bytes" : String(format: "%.1f", value) + " " + units[unit]
  }
}
