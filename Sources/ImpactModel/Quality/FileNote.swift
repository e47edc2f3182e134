/// A file or worksheet found in the data folder but not read, and why (an `.xls` file, a
/// hidden sheet, a sheet whose header fits no kind): information, not a problem.
public struct FileNote: Hashable, Sendable {
  /// The file (`notes.xls`) or sheet (`register.xlsx [Old]`), relative to the data folder.
  public var path: String
  /// What was left unread and what would have it read.
  public var message: String

  /// Creates a note.
  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }
}
