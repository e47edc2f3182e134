import Foundation

/// One measured run, as a row of `bench/results.csv`.
struct BenchRecord: Sendable {
  /// The columns of `bench/results.csv`, in order.
  static let columns = [
    "date", "commit", "machine", "data", "run", "rows", "input_bytes", "wall_s", "cpu_s",
    "peak_mb", "rows_per_s", "floor_s", "vs_floor", "status",
  ]

  var date: String
  var commit: String
  var machine: String
  /// The data set's label (`1.0 M rows`).
  var data: String
  /// What ran: `floor`, `validate`, `report --format csv`, `report`.
  var run: String
  var rows: Int
  var inputBytes: Int
  var wallSeconds: Double
  var cpuSeconds: Double
  var peakBytes: Int
  /// The floor's wall time on the same bytes in the same bench run.
  var floorSeconds: Double
  var status: Int32

  var rowsPerSecond: Double { wallSeconds > 0 ? Double(rows) / wallSeconds : 0 }
  var vsFloor: Double { floorSeconds > 0 ? wallSeconds / floorSeconds : 0 }
  var peakMegabytes: Double { Double(peakBytes) / 1e6 }

  /// The row's cells, in `columns` order.
  var cells: [String] {
    [
      date, commit, machine, data, run, String(rows), String(inputBytes),
      Self.fixed(wallSeconds, 2), Self.fixed(cpuSeconds, 2), Self.fixed(peakMegabytes, 0),
      Self.fixed(rowsPerSecond, 0), Self.fixed(floorSeconds, 2), Self.fixed(vsFloor, 1),
      String(status),
    ]
  }

  /// `x` with `places` decimals.
  static func fixed(_ x: Double, _ places: Int) -> String {
    String(format: "%.\(places)f", x)
  }
}
