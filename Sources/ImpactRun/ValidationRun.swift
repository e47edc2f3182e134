import Foundation
import ImpactExport
import ImpactFiles
import ImpactIngest
import ImpactModel

/// A validation run: settings and data read as a report run reads them, what was found told,
/// and optionally `data-quality.csv` written.
public struct ValidationRun: Sendable {
  /// The data to read (its `out` is also where `data-quality.csv` is written, when set).
  public var reading: DataReading
  /// At most this many problems of each sort in the text (0 for all).
  public var limit: Int

  /// Creates the run.
  public init(reading: DataReading, limit: Int = 10) {
    self.reading = reading
    self.limit = limit
  }

  /// Reads and checks the data; the text of what was found comes as a `.checked` event,
  /// before anything is written.
  ///
  /// Rejected rows and skipped files are findings, not errors: the result counts them. It
  /// goes on past a file it cannot read (as `--keep-going` does), so that one run lists every
  /// file-level problem.
  public func run(
    progress: ((RunProgress) -> Void)? = nil
  ) throws(ReportRunError) -> ValidationRunResult {
    var reading = self.reading
    reading.keepGoing = true
    let dataset = try reading.read(progress: progress).dataset
    progress?(.checked(ValidationText(dataset: dataset, folder: reading.folder, limit: limit)))
    var files: [String] = []
    if let out = reading.out {
      let path = (out as NSString).appendingPathComponent("data-quality.csv")
      do {
        try OutputFolder.prepare(out)
        try DataQualityFile(dataset: dataset).write(to: path)
      } catch {
        throw .dataQualityNotWritten(folder: out, reason: error.description)
      }
      files.append(path)
    }
    return ValidationRunResult(
      files: files, rejectedRows: dataset.files.reduce(0) { $0 + $1.rowsRejected },
      skippedFiles: dataset.skippedFiles.count)
  }
}
