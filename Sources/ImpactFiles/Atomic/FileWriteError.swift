#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why an output file or folder could not be written.
///
/// Every case names the file and says what to do; a case the system reported carries its
/// error number (`code`), and the fix follows from it (a full disk, no permission, a
/// read-only disk, a failing device). Whatever the case, the file at `path` is as it was
/// before the attempt: the new content only replaces it on success.
public enum FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No temporary file or folder could be created at or beside `path` (missing folder, no
  /// permission).
  case cannotCreate(path: String, code: Int32, reason: String)
  /// Writing the new content failed part way (for example a full disk).
  case cannotWrite(path: String, code: Int32, reason: String)
  /// The finished file or folder could not be moved into place at `path`.
  case cannotReplace(path: String, code: Int32, reason: String)
  /// A folder of the tool's own (a staging folder, a previous report) could not be removed.
  case cannotRemove(path: String, code: Int32, reason: String)
  /// The output folder holds `entry`, which `impact` did not write, so replacing the folder
  /// with the new report would lose it.
  case notAnOutputFolder(path: String, entry: String)
  /// A character of the text has no form in the chosen encoding.
  case notEncodable(path: String, character: String, encoding: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .cannotCreate(let path, _, _), .cannotWrite(let path, _, _),
      .cannotReplace(let path, _, _), .cannotRemove(let path, _, _),
      .notAnOutputFolder(let path, _), .notEncodable(let path, _, _):
      return path
    }
  }

  /// The system's error number, or 0 when the system reported nothing.
  public var code: Int32 {
    switch self {
    case .cannotCreate(_, let code, _), .cannotWrite(_, let code, _),
      .cannotReplace(_, let code, _), .cannotRemove(_, let code, _):
      return code
    case .notAnOutputFolder, .notEncodable:
      return 0
    }
  }

  /// What the system said, or why the text could not be written.
  public var reason: String {
    switch self {
    case .cannotCreate(_, _, let reason), .cannotWrite(_, _, let reason),
      .cannotReplace(_, _, let reason), .cannotRemove(_, _, let reason):
      return reason
    case .notAnOutputFolder(_, let entry):
      return "it holds \(entry), which impact did not write"
    case .notEncodable(_, let character, let encoding):
      return "the character \u{201C}\(character)\u{201D} has no form in \(encoding)"
    }
  }

  public var description: String {
    switch self {
    case .cannotCreate(let path, let code, let reason):
      return "Could not start writing \(path): \(reason). "
        + (Self.fix(for: code)
          ?? "Check that its folder exists and that you are allowed to write there, or choose "
          + "another output folder.")
    case .cannotWrite(let path, let code, let reason):
      return "Writing \(path) failed: \(reason). Nothing was changed at \(path); "
        + (Self.fix(for: code) ?? "free some disk space or choose another output folder, then "
          + "run again.")
    case .cannotReplace(let path, let code, let reason):
      return "Could not put the new \(path) in place: \(reason). The previous \(path), if any, "
        + "is unchanged; "
        + (Self.fix(for: code)
          ?? "close any program that has it open (or remove a folder of that name) and run "
          + "again.")
    case .cannotRemove(let path, let code, let reason):
      return "Could not remove \(path): \(reason). It holds only impact's own files; "
        + (Self.fix(for: code) ?? "remove it yourself, then run again.")
    case .notAnOutputFolder(let path, let entry):
      return "Did not write the report to \(path): it holds \(entry), which impact did not "
        + "write, and a report replaces the whole folder. Move \(entry) elsewhere, or choose "
        + "another (new or empty) folder with --out."
    case .notEncodable(let path, let character, let encoding):
      return "Could not write \(path): the character \u{201C}\(character)\u{201D} has no form in "
        + "\(encoding). Nothing was changed at \(path); choose UTF-8 for this file."
    }
  }

  /// The same error about the file at `path` with its leading `folder` replaced by
  /// `replacement`: a file written in a staging folder, named where it will be.
  func replacingPath(_ folder: String, with replacement: String) -> FileWriteError {
    guard path.hasPrefix(folder) else { return self }
    let moved = replacement + path.dropFirst(folder.count)
    switch self {
    case .cannotCreate(_, let code, let reason):
      return .cannotCreate(path: moved, code: code, reason: reason)
    case .cannotWrite(_, let code, let reason):
      return .cannotWrite(path: moved, code: code, reason: reason)
    case .cannotReplace(_, let code, let reason):
      return .cannotReplace(path: moved, code: code, reason: reason)
    case .cannotRemove(_, let code, let reason):
      return .cannotRemove(path: moved, code: code, reason: reason)
    case .notAnOutputFolder(_, let entry):
      return .notAnOutputFolder(path: moved, entry: entry)
    case .notEncodable(_, let character, let encoding):
      return .notEncodable(path: moved, character: character, encoding: encoding)
    }
  }

  /// What to do about the error number `code`, when it says what is wrong with the disk or
  /// the folder; `nil` leaves the fix to the case.
  static func fix(for code: Int32) -> String? {
    switch code {
    case ENOSPC, EDQUOT:
      return "the disk is full: free some disk space (or choose an output folder on another "
        + "disk with --out), then run again."
    case EACCES, EPERM:
      return "you are not allowed to write there: ask for write permission on the folder, or "
        + "choose an output folder of your own with --out."
    case EROFS:
      return "the disk is read-only: choose an output folder on a disk you can write to, "
        + "with --out."
    case EIO:
      return "the disk or device reported an error: check it (and its cable or network "
        + "connection), then run again, or choose an output folder on another disk with --out."
    default:
      return nil
    }
  }
}
