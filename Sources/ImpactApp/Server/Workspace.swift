import Foundation
import ImpactFiles

/// The app's private temporary folder: every upload and every report made goes into it, one
/// folder per session, and it is deleted when the server stops.
public struct Workspace: Sendable {
  /// The folder's path.
  public let path: String

  /// Creates a new folder, readable by this user only, under the system's temporary folder.
  public init() throws(AppError) {
    path = NSTemporaryDirectory() + "impact-serve-" + Secret().text.prefix(16)
    do {
      try Folder.create(path)
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o700], ofItemAtPath: path)
    } catch {
      throw .server("could not create the workspace \(path): \(error)")
    }
  }

  /// The folder of one session's work (created when needed).
  func folder(session: String, _ parts: String...) throws(AppError) -> String {
    let path = ([self.path, session] + parts).joined(separator: "/")
    do {
      try Folder.create(path)
    } catch {
      throw .server("could not create \(path): \(error)")
    }
    return path
  }

  /// Whether `path`, with every `..` and link resolved, lies inside the workspace.
  func contains(_ path: String) -> Bool {
    let root = URL(fileURLWithPath: self.path).resolvingSymlinksInPath().path
    let resolved = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    return resolved == root || resolved.hasPrefix(root + "/")
  }

  /// Deletes the workspace and everything in it.
  public func remove() {
    try? FileManager.default.removeItem(atPath: path)
  }
}
