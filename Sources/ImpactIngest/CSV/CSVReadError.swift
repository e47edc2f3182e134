import ImpactModel

/// A problem that stops a whole file from being read, named with the file and the fix.
enum CSVReadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file does not exist.
  case fileNotFound(path: String)
  /// The file exists but this user may not read it.
  case permissionDenied(path: String)
  /// The path names a folder, not a file.
  case isFolder(path: String)
  /// The file could not be opened or read for another reason (the system's words).
  case unreadable(path: String, reason: String)
  /// libcsv could not set up its parser.
  case parserUnavailable(path: String)
  /// Memory ran out while reading the record that starts at `line`.
  case outOfMemory(path: String, line: Int)
  /// A value in the record that starts at `line` is too large to hold in memory.
  case valueTooLarge(path: String, line: Int)
  /// The record that starts at `line` runs past `limit` bytes (``InputLimits/recordBytes``).
  case recordTooLong(path: String, line: Int, limit: Int)

  /// The same problem with its line moved on by `lines` (see ``CSVRecord/moveLine(by:)``).
  func movingLine(by lines: Int) -> CSVReadError {
    switch self {
    case .outOfMemory(let path, let line): return .outOfMemory(path: path, line: line + lines)
    case .valueTooLarge(let path, let line): return .valueTooLarge(path: path, line: line + lines)
    case .recordTooLong(let path, let line, let limit):
      return .recordTooLong(path: path, line: line + lines, limit: limit)
    case .fileNotFound, .permissionDenied, .isFolder, .unreadable, .parserUnavailable:
      return self
    }
  }

  /// The problem in plain words, naming the file and what would fix it.
  var description: String {
    switch self {
    case .fileNotFound(let path):
      return "Could not find the file \(path). Check that it exists and that the name is spelled "
        + "right, then run again."
    case .permissionDenied(let path):
      return "Not allowed to read the file \(path). Give your user permission to read it (or copy "
        + "it to a folder you own), then run again."
    case .isFolder(let path):
      return "\(path) is a folder, not a file. Give the path of a CSV file instead."
    case .unreadable(let path, let reason):
      return "Could not read the file \(path) (\(reason)). Check that the file is complete and "
        + "not open in another program, then run again."
    case .parserUnavailable(let path):
      return "Could not start the CSV reader for \(path); the computer may be short of memory. "
        + "Close other programs and run again."
    case .outOfMemory(let path, let line):
      return "Ran out of memory reading \(path) at line \(line). Close other programs and run "
        + "again, or check that line for a value that goes on far too long (a missing quote "
        + "mark)."
    case .recordTooLong(let path, let line, let limit):
      return
        "The row of \(path) starting at line \(line) runs on for more than \(InputLimits.size(limit)) "
        + "(the most one row may hold). Check that line for a missing closing quote mark."
    case .valueTooLarge(let path, let line):
      return "A value in \(path) starting at line \(line) is too large to read. Check that line "
        + "for a missing closing quote mark."
    }
  }
}
