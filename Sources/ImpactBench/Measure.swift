import ArgumentParser
import Foundation
import ImpactIngest

/// `impact-bench measure` (the default): times the whole job against the floor of parsing the
/// same bytes (issue 10).
///
/// For each data folder: the floor, in this process on one core — every CSV file fed through
/// libcsv with counting callbacks (``CSVParseFloor``) and every workbook's sheet XML inflated
/// and fed through libxml2 with counting callbacks (``XlsxParseFloor``) — then
/// `impact validate`, `impact report --format csv` and the whole `impact report`, each as a
/// child process whose own CPU time and peak memory `wait4` reports. Appends a row per run to
/// the results file and rewrites the README's table.
struct Measure: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Time impact on generated data against the parsing floor.")

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
    var workbookData: Set<String> = []
    for entry in data {
      let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2 else {
        throw ValidationError("--data takes FOLDER=LABEL, as in .build-bench/data-55=\"1 M rows\".")
      }
      let (folder, label) = (parts[0], parts[1])
      let files = try dataFiles(in: folder, ending: ".csv")
      let workbooks = try dataFiles(in: folder, ending: ".xlsx")
      if !workbooks.isEmpty { workbookData.insert(label) }
      // One untimed pass first, so the floor, like the runs after it, reads from the page
      // cache: timed cold, a 1.5 GB folder's floor is twice as long and flatters every ratio.
      _ = try CSVParseFloor.parse(paths: files)
      for path in workbooks { _ = FileManager.default.contents(atPath: path) }
      let cpuBefore = ChildProcess.ownCPUSeconds()
      let wallBefore = ChildProcess.monotonicSeconds()
      let floor = try CSVParseFloor.parse(paths: files)
      let csvWall = ChildProcess.monotonicSeconds() - wallBefore
      let sheets = try XlsxParseFloor.parse(paths: workbooks)
      let floorWall = ChildProcess.monotonicSeconds() - wallBefore
      // Data rows: headers (one a file or sheet) left out.
      let rows = floor.records - files.count + sheets.rows - sheets.sheets
      let inputBytes = try floor.bytes + workbooks.reduce(0) { $0 + (try fileSize($1)) }
      if !workbooks.isEmpty {
        print(
          "\(label), floor: \(BenchRecord.fixed(floorWall, 2)) s: CSV \(files.count) files, "
            + "\(floor.records) records, \(BenchRecord.fixed(csvWall, 2)) s; xlsx "
            + "\(sheets.sheets) sheets, \(sheets.rows) rows, \(sheets.cells) cells, "
            + "\(BenchRecord.fixed(Double(sheets.bytes) / 1e6, 0)) MB of XML "
            + "(\(BenchRecord.fixed(Double(sheets.packedBytes) / 1e6, 0)) MB packed), "
            + "\(BenchRecord.fixed(floorWall - csvWall, 2)) s")
      }
      func record(_ run: String, _ cost: ChildProcess.Cost) -> BenchRecord {
        BenchRecord(
          date: date, commit: commit, machine: machine, data: label, run: run, rows: rows,
          inputBytes: inputBytes, wallSeconds: cost.wallSeconds, cpuSeconds: cost.cpuSeconds,
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
    let table = ReadmeTable(records: records, workbookData: workbookData)
    print(table.markdown)
    if try !table.write(into: readme) {
      print("\(readme) has no \(ReadmeTable.start) … \(ReadmeTable.end) lines; table not written.")
    }
  }

  /// Every file under `folder` whose name ends with `suffix`, sorted, as the report would
  /// read them.
  private func dataFiles(in folder: String, ending suffix: String) throws -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else {
      throw ValidationError("\(folder) is not a folder: run `make bench` to generate it.")
    }
    return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.sorted()
      .map { folder + "/" + $0 }
  }

  /// The size in bytes of the file at `path`.
  private func fileSize(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.size] as? NSNumber)?.intValue ?? 0
  }
}
