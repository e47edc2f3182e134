import ArgumentParser
import Foundation
import ImpactExport
import ImpactRun

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

  /// The reading of the folder these options name, leaving `out` out of the data.
  func reading(out: String?) -> DataReading {
    DataReading(folder: folder, configPath: config, keepGoing: keepGoing, out: out)
  }

  /// A handler that shows a run's progress on a terminal and its skipped files unless
  /// `--quiet`; `checked` gets the validation text.
  func progress(checked: @escaping (ValidationText) -> Void = { _ in }) -> (RunProgress) -> Void {
    let showProgress = showsProgress
    let quiet = quiet
    var lastShown = -1
    return { event in
      switch event {
      case .reading(let progress):
        guard showProgress, progress.totalBytes > 0 else { return }
        let percent = progress.bytesRead * 100 / progress.totalBytes
        guard percent != lastShown else { return }
        lastShown = percent
        StandardError.status(
          "Reading \(progress.file): \(ByteCount(progress.bytesRead)) of "
            + "\(ByteCount(progress.totalBytes)) (\(percent)%), \(progress.rowsRead) rows")
      case .readingEnded:
        if showProgress { StandardError.status("") }
      case .skipped(let skipped):
        if !quiet { StandardError.line("Skipped (--keep-going): \(skipped.message)") }
      case .phase(let text):
        phase(text)
      case .checked(let text):
        checked(text)
      }
    }
  }

  /// Tells the user why a run stopped, and gives the exit status to stop with.
  func stop(_ error: ReportRunError) -> ExitCode {
    StandardError.line(error.description)
    return ExitStatus(error).code
  }
}
