import Foundation

/// Writes messages and progress to standard error.
struct StandardError {
  /// Whether standard error is a terminal (progress is shown only then).
  static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }

  /// Writes a line.
  static func line(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// Overwrites the current terminal line (progress).
  static func status(_ text: String) {
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
  }
}
