import ArgumentParser
import Foundation
import ImpactRun

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
    let quiet = data.quiet
    let run = ValidationRun(reading: data.reading(out: out), limit: limit)
    let result: ValidationRunResult
    do {
      result = try run.run(progress: data.progress { if !quiet { print($0.render()) } })
    } catch {
      throw data.stop(error)
    }
    if !quiet {
      for path in result.files { print("Wrote \(path)") }
    }
    // Rejected rows and skipped files are what validate looks for: found, they fail the check.
    if result.foundProblems { throw ExitStatus.dataProblem.code }
  }
}
