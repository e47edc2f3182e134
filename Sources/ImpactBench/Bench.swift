import ArgumentParser
import Foundation
import ImpactIngest

/// `impact-bench`: times the whole job against the floor of parsing the same bytes with libcsv
/// (issue 10). Run by `make bench`; never by the tests.
///
/// For each data folder: the floor (every CSV file fed through libcsv with counting callbacks,
/// in this process, one core), then `impact validate`, `impact report --format csv` and the
/// whole `impact report`, each as a child process whose own CPU time and peak memory `wait4`
/// reports. Appends a row per run to the results file and rewrites the README's table.
@main
struct Bench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "impact-bench",
    abstract: "Time impact on generated data against the libcsv parsing floor.")

  @Option(help: "The impact binary to measure (a release build).")
  var impact = ".build/release/impact"

  @Option(
    name: .customLong("data"),
    help: "A data folder and its label, as FOLDER=LABEL (repeat, smallest first).")
  var data: [String]

  @Option(help: "The results file rows are appended to.")
  var results = "bench/results.csv"

  @Option(help: "The README whose table (between bench markers) is rewritten.")
  var readme = "README.md"

  @Option(help: "The commit being measured, for the results.")
  var commit = "unknown"

  @Option(help: "Where the reports are written (removed after each run).")
  var scratch = ".build-bench/out"

  mutating func run() throws {
    let date = ISO8601DateFormatter().string(from: Date())
    let machine = Machine.describe()
    var records: [BenchRecord] = []
    for entry in data {
      let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2 else {
        throw ValidationError("--data takes FOLDER=LABEL, as in .build-bench/data-55=\"1 M rows\".")
      }
      let (folder, label) = (parts[0], parts[1])
      let files = try csvFiles(in: folder)
      let cpuBefore = ChildProcess.ownCPUSeconds()
      let wallBefore = ChildProcess.monotonicSeconds()
      let floor = try CSVParseFloor.parse(paths: files)
      let floorWall = ChildProcess.monotonicSeconds() - wallBefore
      let rows = floor.records - files.count
      func record(_ run: String, _ cost: ChildProcess.Cost) -> BenchRecord {
        BenchRecord(
          date: date, commit: commit, machine: machine, data: label, run: run, rows: rows,
          inputBytes: floor.bytes, wallSeconds: cost.wallSeconds, cpuSeconds: cost.cpuSeconds,
          peakBytes: cost.peakBytes, floorSeconds: floorWall, status: cost.status)
      }
      records.append(
        record(
          "floor",
          .init(
            wallSeconds: floorWall, cpuSeconds: ChildProcess.ownCPUSeconds() - cpuBefore,
            peakBytes: 0, status: 0)))
      let runs: [(String, [String])] = [
        ("validate", ["validate", folder, "--quiet"]),
        (
          "report --format csv", ["report", folder, "--out", scratch, "--format", "csv", "--quiet"]
        ),
        ("report", ["report", folder, "--out", scratch, "--quiet"]),
      ]
      for (name, arguments) in runs {
        try? FileManager.default.removeItem(atPath: scratch)
        let cost = try ChildProcess.run(impact, arguments)
        let measured = record(name, cost)
        records.append(measured)
        print(
          "\(label), \(name): \(BenchRecord.fixed(cost.wallSeconds, 2)) s wall, "
            + "\(BenchRecord.fixed(cost.cpuSeconds, 2)) s CPU, "
            + "\(BenchRecord.fixed(measured.peakMegabytes, 0)) MB, "
            + "\(BenchRecord.fixed(measured.vsFloor, 1))× the floor "
            + "(\(BenchRecord.fixed(floorWall, 2)) s), status \(cost.status)")
      }
      try? FileManager.default.removeItem(atPath: scratch)
    }
    try FileManager.default.createDirectory(
      atPath: (results as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try ResultsFile(path: results).append(records)
    let table = ReadmeTable(records: records)
    print(table.markdown)
    if try !table.write(into: readme) {
      print("\(readme) has no \(ReadmeTable.start) … \(ReadmeTable.end) lines; table not written.")
    }
  }

  /// Every `.csv` file under `folder`, sorted, as the report would read them.
  private func csvFiles(in folder: String) throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else {
      throw ValidationError("\(folder) is not a folder: run `make bench` to generate it.")
    }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".csv") }.sorted()
      .map { folder + "/" + $0 }
  }
}
