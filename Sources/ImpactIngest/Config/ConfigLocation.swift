/// Where in a configuration file something was found: the file, the line and column (from 1), and
/// the key path (`priority_groups[2].max`, `targets.sessions.quarter`; empty for the whole file).
public struct ConfigLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file as the caller named it.
  public var file: String
  /// The line, counted from 1 as a text editor shows it.
  public var line: Int
  /// The column, counted from 1.
  public var column: Int
  /// The key path; list items are counted from 1 (`priority_groups[1]` is the first group).
  public var keyPath: String

  /// Creates a location.
  public init(file: String, line: Int, column: Int, keyPath: String) {
    self.file = file
    self.line = line
    self.column = column
    self.keyPath = keyPath
  }

  /// `impact.yml, line 14, key suppression.min_count`, or without the key when there is none.
  public var description: String {
    keyPath.isEmpty ? "\(file), line \(line)" : "\(file), line \(line), key \(keyPath)"
  }
}
