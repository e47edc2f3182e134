/// A write-side POSIX call that ``FileFaultPlan`` can make fail.
package enum SystemCall: String, CaseIterable, Hashable, Sendable {
  case open, write, fsync, close, rename, unlink, mkdir, rmdir
}
