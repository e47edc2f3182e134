/// The task-local state file writing works under: the ``PendingOutputs`` an interruption
/// removes, and a test's ``FileFaultPlan``. Task-local values do not follow work handed to
/// another thread, so work that writes files on another thread captures the context here and
/// runs under it there.
///
/// ```swift
/// let context = FileWritingContext.current
/// DispatchQueue.global().async { context.run { try? workbook.write(to: path) } }
/// ```
package struct FileWritingContext: Sendable {
  private let pending: PendingOutputs?
  private let faults: FileFaultPlan?

  /// The context in force for the current task.
  package static var current: FileWritingContext {
    FileWritingContext(pending: PendingOutputs.current, faults: FileFaultPlan.current)
  }

  /// Runs `body` under this context.
  package func run<Result>(_ body: () throws -> Result) rethrows -> Result {
    try PendingOutputs.$current.withValue(pending) {
      try FileFaultPlan.$current.withValue(faults, operation: body)
    }
  }
}
