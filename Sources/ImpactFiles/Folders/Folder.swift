import Foundation

/// Creating and removing folders, through the package's one system-call seam.
public enum Folder {
  /// Creates the folder at `path` and any missing folders above it; a folder that is already
  /// there is fine.
  public static func create(_ path: String) throws(FileWriteError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      if isFolder.boolValue { return }
      throw .cannotCreate(path: path, code: EEXIST, reason: "a file of that name is in the way")
    }
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    let parent = (trimmed as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != trimmed { try create(parent) }
    if SystemCalls.mkdir(trimmed, 0o777) != 0 && errno != EEXIST {
      let code = errno
      throw .cannotCreate(path: path, code: code, reason: SystemCalls.reason(code))
    }
  }

  /// Removes the folder at `path` and everything in it (a symbolic link inside is removed,
  /// never followed); a path that is not there is fine.
  ///
  /// A file that cannot be removed does not stop the others: every entry is tried, then the
  /// first failure is thrown.
  public static func remove(_ path: String) throws(FileWriteError) {
    var failure: FileWriteError?
    removeTree(path, failure: &failure)
    if let failure { throw failure }
  }

  private static func removeTree(_ path: String, failure: inout FileWriteError?) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    if status.st_mode & S_IFMT == S_IFDIR {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      for entry in entries { removeTree(path + "/" + entry, failure: &failure) }
      if SystemCalls.rmdir(path) != 0 && errno != ENOENT {
        let code = errno
        failure = failure ?? .cannotRemove(path: path, code: code, reason: SystemCalls.reason(code))
      }
    } else if SystemCalls.unlink(path) != 0 && errno != ENOENT {
      let code = errno
      failure = failure ?? .cannotRemove(path: path, code: code, reason: SystemCalls.reason(code))
    }
  }
}
