import Foundation
import ImpactExport
import ImpactFiles
import ImpactIngest
import ImpactModel

/// `impact init --from DATA`: reads a data folder as `impact report` does with no settings
/// file, and writes the `impact.yml` that reads it so, with what was found as notes and the
/// questions reading could not settle (``ConfigDraft``). It never overwrites a file.
public struct ConfigDraftRun: Sendable {
  /// The data folder.
  public var data: String
  /// Where to write the file: `impact.yml` in this folder (created if missing).
  public var folder: String

  /// Creates the run.
  public init(data: String, folder: String) {
    self.data = data
    self.folder = folder
  }

  /// The path the file is written to.
  public var path: String { (folder as NSString).appendingPathComponent("impact.yml") }

  /// Reads the folder and writes the file; returns its path.
  ///
  /// A file that cannot be read is a question in the file, not the end of the run.
  public func run(progress: ((RunProgress) -> Void)? = nil) throws(ReportRunError) -> String {
    guard !FileManager.default.fileExists(atPath: path) else {
      throw .settingsFileExists(path: path, data: data)
    }
    let reading = DataReading(folder: data, keepGoing: true, out: nil, defaultSettings: true)
    let output = try reading.read(progress: progress)
    let text: String
    do {
      text = try ConfigDraft(
        dataset: output.dataset, folder: data, settings: ConfigTemplate.text,
        dateOrder: output.configuration.dateOrder
      ).render()
    } catch {
      throw .template(error)
    }
    do {
      try Folder.create(folder)
      try AtomicFileWriter.write(text, to: path)
    } catch {
      throw .settingsNotWritten(path: path, reason: error.description)
    }
    return path
  }
}
