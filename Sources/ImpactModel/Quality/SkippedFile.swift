/// A file left out under `--keep-going`, with the file-level problem that stopped it.
public struct SkippedFile: Hashable, Sendable {
  /// The file, as a path relative to the data folder.
  public var path: String
  /// The message, naming the problem and the fix.
  public var message: String

  /// Creates a record of a skipped file.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }
}
