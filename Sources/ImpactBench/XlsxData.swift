import ArgumentParser
import Foundation
import ImpactIngest

/// `impact-bench xlsx-data SAMPLE FOLDER`: the benchmark's `.xlsx` data folder, made from a
/// sample folder (`impact sample`) so that it holds the same people, sessions and feedback.
///
/// The sample's attendance registers become one workbook, `attendance/attendance.xlsx`, with
/// one sheet per register (named after the file, `memory-cafe-2025-26`), each record a row
/// written as ``BenchWorkbook`` types cells; every other file is copied as it is. The scale-55
/// sample gives about a million attendance rows, below Excel's 1,048,576 rows a sheet since no
/// register comes near it.
struct XlsxData: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "xlsx-data",
    abstract: "Write the .xlsx benchmark folder from a sample folder (its registers as a workbook)."
  )

  @Argument(help: "The sample folder written by `impact sample`.")
  var sample: String

  @Argument(help: "The folder to write (must not exist yet).")
  var folder: String

  func run() throws {
    let manager = FileManager.default
    guard !manager.fileExists(atPath: folder) else {
      throw ValidationError("\(folder) already exists: choose a new folder.")
    }
    guard let walker = manager.enumerator(atPath: sample) else {
      throw ValidationError("\(sample) is not a folder: write it with `impact sample` first.")
    }
    let paths = walker.compactMap { $0 as? String }.sorted()
    let registers = paths.filter { $0.hasPrefix("attendance/") && $0.hasSuffix(".csv") }
    guard !registers.isEmpty else {
      throw ValidationError("\(sample) has no attendance/*.csv registers: is it a sample folder?")
    }
    try manager.createDirectory(atPath: folder + "/attendance", withIntermediateDirectories: true)
    for path in paths where !registers.contains(path) {
      var isFolder: ObjCBool = false
      _ = manager.fileExists(atPath: sample + "/" + path, isDirectory: &isFolder)
      if isFolder.boolValue {
        try manager.createDirectory(
          atPath: folder + "/" + path, withIntermediateDirectories: true)
      } else {
        try manager.copyItem(atPath: sample + "/" + path, toPath: folder + "/" + path)
      }
    }
    let workbook = try BenchWorkbook(path: folder + "/attendance/attendance.xlsx")
    var rows = 0
    for register in registers {
      let name = (register as NSString).lastPathComponent
        .replacingOccurrences(of: "attendance-", with: "")
        .replacingOccurrences(of: ".csv", with: "")
      var sheet = try workbook.addSheet(name)
      try CSVTextRows.forEach(path: sample + "/" + register) { _, fields in
        try workbook.write(fields, to: &sheet)
      }
      rows += sheet.rows
    }
    try workbook.close()
    print("Wrote \(folder): \(registers.count) sheets, \(rows) rows in attendance/attendance.xlsx.")
  }
}
