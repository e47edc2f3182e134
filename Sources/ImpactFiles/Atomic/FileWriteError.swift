/// Why an output file could not be written.
///
/// Every case names the file and says what to do. Whatever the case, the file at `path`
/// is as it was before the attempt: the new content only replaces it on success.
public enum FileWriteError: Error, Equatable, Sendable, CustomStringConvertible {
  /// No temporary file could be created beside `path` (missing folder, no permission).
  case cannotCreate(path: String, reason: String)
  /// Writing the new content failed part way (for example a full disk).
  case cannotWrite(path: String, reason: String)
  /// The finished file could not be moved into place at `path`.
  case cannotReplace(path: String, reason: String)
  /// A character of the text has no form in the chosen encoding.
  case notEncodable(path: String, character: String, encoding: String)

  /// The file the error is about.
  public var path: String {
    switch self {
    case .cannotCreate(let path, _), .cannotWrite(let path, _), .cannotReplace(let path, _),
      .notEncodable(let path, _, _):
      return path
    }
  }

  /// What the system said, or why the text could not be written.
  public var reason: String {
    switch self {
    case .cannotCreate(_, let reason), .cannotWrite(_, let reason), .cannotReplace(_, let reason):
      return reason
    case .notEncodable(_, let character, let encoding):
      return "the character \u{201C}\(character)\u{201D} has no form in \(encoding)"
    }
  }

  public var description: String {
    switch self {
    case .cannotCreate(let path, let reason):
      return "Could not start writing \(path): \(reason). Check that its folder exists and that "
        + "you are allowed to write there, or choose another output folder."
    case .cannotWrite(let path, let reason):
      return "Writing \(path) failed: \(reason). Nothing was changed at \(path); free some disk "
        + "space or choose another output folder, then run again."
    case .cannotReplace(let path, let reason):
      return "Could not put the new \(path) in place: \(reason). The previous \(path), if any, "
        + "is unchanged; close any program that has it open (or remove a folder of that name) "
        + "and run again."
    case .notEncodable(let path, let character, let encoding):
      return "Could not write \(path): the character \u{201C}\(character)\u{201D} has no form in "
        + "\(encoding). Nothing was changed at \(path); choose UTF-8 for this file."
    }
  }
}
