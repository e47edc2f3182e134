import Foundation

/// The staging folders and temporary files being written, so that a run stopped by a signal
/// (Ctrl-C, `kill`) can remove them before the process ends.
///
/// The command line makes one, installs it for the run with ``PendingOutputs/$current`` and
/// gives it to its signal handler; ``StagedFolder`` and ``AtomicFileWriter`` add what they
/// create while it is installed and forget it once it is in place or removed. Outside such a
/// run (tests, the library used on its own) nothing is recorded.
///
/// This is the one piece of shared mutable state signal handling needs: the handler runs on
/// another thread while the run goes on, so the set is guarded by a lock. The lock also makes
/// a swap and a removal exclusive: a signal during a swap waits for the swap to finish.
public final class PendingOutputs: @unchecked Sendable {
  /// The record in force for the current task; none unless the command line installed one.
  @TaskLocal public static var current: PendingOutputs?

  private let lock = NSLock()
  private var paths: Set<String> = []

  /// An empty record.
  public init() {}

  /// Records `path` as being written.
  func add(_ path: String) {
    lock.withLock { _ = paths.insert(path) }
  }

  /// Forgets `path`: it is in place, or removed.
  func forget(_ path: String) {
    lock.withLock { _ = paths.remove(path) }
  }

  /// Runs `body`, which puts `path` in place, with no removal in between; on success `path` is
  /// forgotten.
  func finish(_ path: String, by body: () throws(FileWriteError) -> Void) throws(FileWriteError) {
    lock.lock()
    defer { lock.unlock() }
    try body()
    paths.remove(path)
  }

  /// Removes everything recorded, for a process that is about to end on a signal, and returns
  /// what could not be removed.
  ///
  /// The lock is kept, never given back: from here until the process exits no output can
  /// start, and no staging folder can be swapped in. A folder is first renamed (a name no
  /// writer uses), so that nothing new can be created in it while it is removed.
  public func removeAllBeforeExit() -> [String] {
    lock.lock()
    var left: [String] = []
    for path in paths.sorted() {
      let doomed = path + "-removing"
      let target = SystemCalls.rename(path, doomed) == 0 ? doomed : path
      var removed = false
      for _ in 0..<3 where !removed {
        removed = (try? Folder.remove(target)) != nil
      }
      if !removed { left.append(target) }
    }
    paths.removeAll()
    return left
  }
}
