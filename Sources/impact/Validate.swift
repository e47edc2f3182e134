import ArgumentParser
import Foundation
import ImpactExport
import ImpactIngest
import ImpactModel

/// `impact validate`: read everything and say what was found.
struct Validate: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check a data folder: per file, what was read; then every problem found.",
    discussion: """
      Exit status: 0 no rejected rows; 1 rejected rows or a file that cannot be read;
      2 a usage or impact.yml error; 3 --out could not be written.
      """)

  @OptionGroup var data: DataOptions

  @Option(help: "Also write data-quality.csv (every problem, with its row values) here.")
  var out: String?

  @Option(help: "List at most this many problems of each sort (0 lists them all).")
  var limit = 10

  func validate() throws {
    guard limit >= 0 else { throw ValidationError("--limit must be 0 (list all) or more.") }
  }

  func run() throws {
    let configuration = try data.loadConfiguration()
    let dataset = try data.readDataset(configuration, out: out)
    if !data.quiet {
      print(ValidationText(dataset: dataset, folder: data.folder, limit: limit).render())
    }
    if let out {
      do {
        let path = (out as NSString).appendingPathComponent("data-quality.csv")
        try OutputFolder.prepare(out)
        try DataQualityFile(dataset: dataset).write(to: path)
        if !data.quiet { print("Wrote \(path)") }
      } catch {
        StandardError.line("Could not write data-quality.csv to \(out): \(error)")
        throw ExitStatus.output
      }
    }
    let rejected = dataset.files.contains { $0.rowsRejected > 0 }
    if rejected || !dataset.skippedFiles.isEmpty { throw ExitStatus.dataProblem }
  }
}
