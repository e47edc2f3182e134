import Foundation

/// Creating folders, through the package's one system-call seam.
public enum Folder {
  /// Creates the folder at `path` and any missing folders above it; a folder that is already
  /// there is fine.
  public static func create(_ path: String) throws(FileWriteError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      if isFolder.boolValue { return }
      throw .cannotCreate(path: path, reason: "a file of that name is in the way")
    }
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    let parent = (trimmed as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != trimmed { try create(parent) }
    if SystemCalls.mkdir(trimmed, 0o777) != 0 && errno != EEXIST {
      throw .cannotCreate(path: path, reason: SystemCalls.reason(errno))
    }
  }
}
