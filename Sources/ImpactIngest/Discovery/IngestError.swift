import ImpactModel

/// A problem that stops reading a data folder: each names the file and what would fix it.
public enum IngestError: Error, CustomStringConvertible, Equatable {
  /// The data folder does not exist or is not a folder.
  case folderNotFound(String)
  /// The folder holds no CSV files.
  case noDataFiles(String)
  /// A file could not be opened or read.
  case unreadableFile(path: String, reason: String)
  /// A workbook (or one of its sheets) could not be read: the message names it and the fix.
  case unreadableWorkbook(path: String, message: String)
  /// No row near the top of a file fits any kind.
  case unknownKind(path: String, header: [String])
  /// A file named for a kind lacks a column that kind requires.
  case missingColumns(path: String, kind: FileKind, header: [String])
  /// The configured postcode-to-IMD lookup could not be used.
  case imdLookup(path: String, reason: String)
  /// A date column holds both day-first and month-first dates.
  case mixedDateOrder(path: String, column: String, dayFirstLine: Int, monthFirstLine: Int)
  /// A file or the folder is past one of the ``InputLimits`` (`line` when the problem is at
  /// one): what is too large and what to do.
  case beyondLimit(path: String, line: Int?, problem: String, advice: String)

  public var description: String {
    switch self {
    case .folderNotFound(let folder):
      return "\(folder): no such folder. Give the folder that holds your CSV files, "
        + "e.g. `impact validate my-data`."
    case .noDataFiles(let folder):
      return "\(folder): no .csv, .tsv, .txt or .xlsx files found. Put your exports in this folder "
        + "(sub-folders are fine), or run `impact init \(folder)` for correctly headed templates."
    case .unreadableFile(let path, let reason):
      return "\(path): cannot be read (\(reason)). Check the file exists and is not open "
        + "elsewhere, or move it out of the data folder."
    case .unreadableWorkbook(_, let message):
      return message
    case .unknownKind(let path, let header):
      return "\(path): cannot tell what kind of file this is from its header "
        + "(\(Self.describe(header))). "
        + KindRecognizer.requirements.map { "For \($0.0.rawValue) it needs \($0.1)" }
        .joined(separator: "; ")
        + ". Rename the columns (or add aliases under `columns:` in impact.yml), or start the "
        + "file name with its kind (e.g. attendance-…csv)."
    case .missingColumns(let path, let kind, let header):
      let need = KindRecognizer.requirements.first { $0.0 == kind }!.1
      return "\(path): the name says \(kind.rawValue), but no row near the top has the columns "
        + "it needs: \(need). Its first row is (\(Self.describe(header))). Rename the columns "
        + "or add aliases under `columns: \(kind.rawValue):` in impact.yml."
    case .mixedDateOrder(let path, let column, let day, let month):
      return "\(path): the dates in column `\(column)` are written both day first (line \(day)) "
        + "and month first (line \(month)), so none of them can be trusted. Write the column's "
        + "dates one way (or as 2025-07-14), then run again."
    case .imdLookup(let path, let reason):
      return "\(path) (the `imd_lookup` file in impact.yml): \(reason). Fix the file, or "
        + "remove `imd_lookup` from impact.yml."
    case .beyondLimit(let path, let line, let problem, let advice):
      return "\(path)\(line.map { ", line \($0)" } ?? ""): \(problem). \(advice)."
    }
  }

  private static func describe(_ header: [String]) -> String {
    let cells = header.prefix(12).map { "`\($0)`" }.joined(separator: ", ")
    return header.isEmpty ? "an empty row" : cells + (header.count > 12 ? ", …" : "")
  }
}
