import Foundation

/// A fresh, empty folder under the system's temporary directory, for one test, optionally
/// holding files written from text.
///
/// Each value names a folder no other test uses; remove it when the test ends:
///
/// ```swift
/// let folder = try TemporaryFolder(["attendance.csv": "date,programme,participant_id\n"])
/// defer { folder.remove() }
/// ```
public struct TemporaryFolder: Sendable {
  /// The folder's path, without a trailing `/`.
  public let path: String

  /// Creates a new, empty folder under `NSTemporaryDirectory()` and writes `files` into it:
  /// each name (a path inside the folder, such as `feedback/survey.csv`) to its text, in
  /// UTF-8, with any subfolder it needs created.
  public init(_ files: [String: String] = [:]) throws {
    path = NSTemporaryDirectory() + "impact-tests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      let file = file(name)
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
    }
  }

  /// The path of `name` inside the folder (the file need not exist).
  public func file(_ name: String) -> String { path + "/" + name }

  /// The bytes of the file `name` inside the folder.
  public func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: file(name))))
  }

  /// The text of the file `name` inside the folder, decoded as UTF-8.
  public func text(_ name: String) throws -> String {
    String(decoding: try bytes(name), as: UTF8.self)
  }

  /// The names directly inside the folder, sorted (empty once it is removed).
  public var entries: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }

  /// Removes the folder and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
