#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place where `impact` asks the system to change a file: every write-side POSIX call
/// of the package goes through here, so that a test can make any of them fail with any
/// `errno` (``FileFaultPlan``), as apple/swift-system's mocking does.
///
/// Each call returns what the system call returns and leaves the error number in `errno`.
enum SystemCalls {
  static func open(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    if let code = injectedFault(.open) { return fail(code) }
    #if canImport(Glibc)
      return Glibc.open(path, flags, mode)
    #else
      return Darwin.open(path, flags, mode)
    #endif
  }

  static func write(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    if let code = injectedFault(.write) { return Int(fail(code)) }
    #if canImport(Glibc)
      return Glibc.write(descriptor, bytes, count)
    #else
      return Darwin.write(descriptor, bytes, count)
    #endif
  }

  static func fsync(_ descriptor: Int32) -> Int32 {
    if let code = injectedFault(.fsync) { return fail(code) }
    #if canImport(Glibc)
      return Glibc.fsync(descriptor)
    #else
      return Darwin.fsync(descriptor)
    #endif
  }

  /// Closes `descriptor`; an injected failure still closes it, as a failed `close` does.
  static func close(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
      let result = Glibc.close(descriptor)
    #else
      let result = Darwin.close(descriptor)
    #endif
    if let code = injectedFault(.close) { return fail(code) }
    return result
  }

  static func rename(_ from: String, _ to: String) -> Int32 {
    if let code = injectedFault(.rename) { return fail(code) }
    #if canImport(Glibc)
      return Glibc.rename(from, to)
    #else
      return Darwin.rename(from, to)
    #endif
  }

  static func unlink(_ path: String) -> Int32 {
    if let code = injectedFault(.unlink) { return fail(code) }
    #if canImport(Glibc)
      return Glibc.unlink(path)
    #else
      return Darwin.unlink(path)
    #endif
  }

  static func mkdir(_ path: String, _ mode: mode_t) -> Int32 {
    if let code = injectedFault(.mkdir) { return fail(code) }
    #if canImport(Glibc)
      return Glibc.mkdir(path, mode)
    #else
      return Darwin.mkdir(path, mode)
    #endif
  }

  static func rmdir(_ path: String) -> Int32 {
    if let code = injectedFault(.rmdir) { return fail(code) }
    #if canImport(Glibc)
      return Glibc.rmdir(path)
    #else
      return Darwin.rmdir(path)
    #endif
  }

  /// The text the system gives for an error number.
  static func reason(_ code: Int32) -> String {
    String(cString: strerror(code))
  }

  private static func injectedFault(_ call: SystemCall) -> Int32? {
    FileFaultPlan.current?.fault(for: call)
  }

  private static func fail(_ code: Int32) -> Int32 {
    errno = code
    return -1
  }
}
