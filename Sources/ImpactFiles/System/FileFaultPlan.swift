import Foundation

/// For tests: which write-side system call fails, and with which `errno`.
///
/// A plan is installed for the work of one task with ``FileFaultPlan/$current`` (a task-local
/// value, so tests running in parallel never see each other's faults):
///
/// ```swift
/// let plan = FileFaultPlan(failing: .fsync, occurrence: 1, errno: ENOSPC)
/// try FileFaultPlan.$current.withValue(plan) { try AtomicFileWriter.write("x", to: path) }
/// ```
///
/// The plan counts the calls of its kind made while it is installed and fails the chosen
/// one; every other call goes to the system.
package final class FileFaultPlan: @unchecked Sendable {
  /// The plan in force for the current task; none outside tests.
  @TaskLocal package static var current: FileFaultPlan?

  /// The call that fails.
  package let call: SystemCall
  /// Which call of that kind fails, counting from 1.
  package let occurrence: Int
  /// The error number the failing call reports.
  package let errorNumber: Int32

  private let lock = NSLock()
  private var seen: [SystemCall: Int] = [:]

  /// A plan that fails the `occurrence`-th `call` with `errno`.
  package init(failing call: SystemCall, occurrence: Int = 1, errno: Int32) {
    self.call = call
    self.occurrence = occurrence
    self.errorNumber = errno
  }

  /// How many calls of `kind` were made while the plan was in force.
  package func count(of kind: SystemCall) -> Int {
    lock.withLock { seen[kind, default: 0] }
  }

  /// Whether this call of `kind` fails, and with which error number.
  func fault(for kind: SystemCall) -> Int32? {
    lock.withLock {
      let number = seen[kind, default: 0] + 1
      seen[kind] = number
      return kind == call && number == occurrence ? errorNumber : nil
    }
  }
}
