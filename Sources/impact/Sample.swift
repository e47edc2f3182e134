import ArgumentParser
import Foundation
import ImpactSample

/// `impact sample`: a realistic synthetic data folder.
struct Sample: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a realistic synthetic data folder (for trying impact out, and benchmarks).")

  @Argument(help: "The folder to write.")
  var folder: String

  @Option(help: "The random seed: the same seed writes the same files.")
  var seed: UInt64 = 1

  @Option(help: "Multiply the volume of attendance (and people) by this.")
  var scale = 1

  @Flag(help: "Write into the folder even if it already holds files (they may be replaced).")
  var force = false

  func validate() throws {
    guard (1...10_000).contains(scale) else {
      throw ValidationError(
        "--scale must be from 1 to 10000 (551 is about ten million attendance rows).")
    }
  }

  func run() throws {
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    if !force && !existing.filter({ !$0.hasPrefix(".") }).isEmpty {
      StandardError.line(
        "\(folder) already holds files, which the sample could replace. Choose a new or empty "
          + "folder, or add --force to write into it anyway.")
      throw ExitStatus.usage.code
    }
    do {
      let summary = try SampleGenerator(seed: seed, scale: scale).write(to: folder)
      print(summary)
    } catch {
      StandardError.line("Could not write the sample to \(folder): \(error)")
      throw ExitStatus.output.code
    }
  }
}
