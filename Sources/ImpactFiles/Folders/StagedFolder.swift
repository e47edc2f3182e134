import Foundation

/// A folder written in full beside its destination and swapped in only when complete
/// (OUTPUTS.md: the whole report is written into a staging folder).
///
/// The staging folder is a hidden sibling of the destination, `.<name>.impact-staging-<random>`,
/// so on the same file system and renamed in one step. ``commit()`` renames the previous
/// folder aside (`.<name>.impact-previous-<random>`), the staging folder into place, then
/// removes the previous one; if the second rename fails, the previous folder is put back. A
/// staged folder dropped without a commit (an error was thrown) is removed, and the
/// destination is exactly as it was.
///
/// ```swift
/// var staged = try StagedFolder(replacing: "reports/2025-26-Q2")
/// try AtomicFileWriter.write("…", to: staged.file("board-report.md"))
/// try staged.commit()
/// ```
public struct StagedFolder: ~Copyable {
  /// The folder the content replaces, as given.
  public let destination: String
  /// The staging folder the content is written into until ``commit()``.
  public let path: String
  /// The folder actually replaced: `destination`, or where it leads if it is a symbolic link.
  private let target: String
  private let pending: PendingOutputs?
  private var isFinished = false

  /// Checks that `destination` may be replaced (``OutputFolder/checkReplaceable(_:)``),
  /// creates the folders above it, and an empty, marked staging folder beside it.
  public init(replacing destination: String) throws(FileWriteError) {
    let target = Self.resolved(destination)
    try OutputFolder.checkReplaceable(target)
    let parent = Self.parent(of: target)
    try Folder.create(parent)
    let pending = PendingOutputs.current
    let staging = try Self.makeStaging(beside: target, in: parent, pending: pending)
    do {
      try OutputFolder.prepare(staging)
    } catch {
      try? Folder.remove(staging)
      pending?.forget(staging)
      throw error.replacingPath(staging, with: destination)
    }
    self.destination = destination
    self.target = target
    self.path = staging
    self.pending = pending
  }

  deinit {
    if !isFinished {
      try? Folder.remove(path)
      pending?.forget(path)
    }
  }

  /// The path of `name` inside the staging folder.
  public func file(_ name: String) -> String { path + "/" + name }

  /// `text` (a message) with the staging folder's path replaced by the destination's, so that
  /// it names the file the user will look for.
  public func naming(_ text: String) -> String {
    text.replacingOccurrences(of: path, with: destination)
  }

  /// Swaps the staging folder in place of the destination, and removes the previous folder.
  ///
  /// On error the destination is as it was and the staging folder is removed. The previous
  /// folder's removal is tried twice; if it still fails, the new folder is in place all the
  /// same, and the error saying what is left over is returned rather than thrown.
  @discardableResult
  public consuming func commit() throws(FileWriteError) -> FileWriteError? {
    var leftover: FileWriteError?
    let swap = { () throws(FileWriteError) -> Void in
      leftover = try self.swap()
    }
    if let pending { try pending.finish(path, by: swap) } else { try swap() }
    isFinished = true
    return leftover
  }

  /// The renames, and the previous folder's removal.
  private func swap() throws(FileWriteError) -> FileWriteError? {
    var status = stat()
    guard lstat(target, &status) == 0 else {
      try rename(path, to: target)
      return nil
    }
    let aside =
      Self.parent(of: target) + "/." + Self.name(of: target) + ".impact-previous-"
      + Self.suffix()
    try rename(target, to: aside)
    do {
      try rename(path, to: target)
    } catch {
      _ = SystemCalls.rename(aside, target)
      throw error
    }
    do {
      try Folder.remove(aside)
    } catch {
      do {
        try Folder.remove(aside)
      } catch {
        return error
      }
    }
    return nil
  }

  private func rename(_ from: String, to: String) throws(FileWriteError) {
    if SystemCalls.rename(from, to) != 0 {
      let code = errno
      throw .cannotReplace(path: destination, code: code, reason: SystemCalls.reason(code))
    }
  }

  /// Creates a new, empty staging folder beside `target`.
  private static func makeStaging(
    beside target: String, in parent: String, pending: PendingOutputs?
  ) throws(FileWriteError) -> String {
    var attempt = 0
    while true {
      let candidate = parent + "/." + name(of: target) + ".impact-staging-" + suffix()
      pending?.add(candidate)
      if SystemCalls.mkdir(candidate, 0o777) == 0 { return candidate }
      let code = errno
      pending?.forget(candidate)
      attempt += 1
      if code != EEXIST || attempt >= 16 {
        throw .cannotCreate(path: target, code: code, reason: SystemCalls.reason(code))
      }
    }
  }

  /// `path`, or where it leads if it is a symbolic link to a folder.
  private static func resolved(_ path: String) -> String {
    let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    var status = stat()
    guard lstat(trimmed, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return trimmed }
    return URL(fileURLWithPath: trimmed).resolvingSymlinksInPath().path
  }

  /// The folder holding `path` (`.` for a bare name). Worked out on the path's characters:
  /// Foundation's `deletingLastPathComponent` traps on a one-character path such as `a`.
  static func parent(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return "." }
    let parent = withoutTrailingSlashes(String(trimmed[..<slash]))
    return parent.isEmpty ? "/" : parent
  }

  /// The last component of `path`, without trailing slashes.
  static func name(of path: String) -> String {
    let trimmed = withoutTrailingSlashes(path)
    guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
    return String(trimmed[trimmed.index(after: slash)...])
  }

  private static func withoutTrailingSlashes(_ path: String) -> String {
    var path = Substring(path)
    while path.count > 1 && path.hasSuffix("/") { path = path.dropLast() }
    return String(path)
  }

  private static func suffix() -> String {
    String(UInt64.random(in: 0...UInt64.max), radix: 36)
  }
}
