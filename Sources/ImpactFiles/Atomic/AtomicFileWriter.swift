#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered file that is written beside its destination and moved into place only when
/// complete.
///
/// The bytes go to a hidden temporary file in the destination's folder. ``commit()`` flushes
/// them to disk and renames the temporary file over `path` in one step, so a reader sees either
/// the previous file or the whole new one. If the writer is dropped without a commit (an error
/// was thrown, the work was abandoned), the temporary file is removed and `path` is untouched.
///
/// ```swift
/// var file = try AtomicFileWriter(path: "reports/summary.txt")
/// try file.write("Hello\n")
/// try file.commit()
/// ```
public struct AtomicFileWriter: ~Copyable {
  /// The destination the content is moved to on ``commit()``.
  public let path: String

  /// The hidden temporary file the content goes to until ``commit()``. A library that writes
  /// a file by name (libxlsxwriter) may write it here; ``commit()`` then syncs and moves it.
  public let temporaryPath: String
  private var descriptor: Int32
  /// Bytes not yet written to disk; writers in this module append to it directly.
  var buffer: [UInt8]
  private let bufferCapacity: Int
  private var isCommitted = false
  /// The record of unfinished outputs the temporary file is in, if any.
  private let pending: PendingOutputs?

  /// Opens a new temporary file beside `path`.
  ///
  /// - Parameter bufferCapacity: bytes gathered in memory before each write to disk.
  public init(path: String, bufferCapacity: Int = 1 << 16) throws(FileWriteError) {
    self.path = path
    self.bufferCapacity = max(bufferCapacity, 1)
    let pending = PendingOutputs.current
    self.pending = pending
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var attempt = 0
    while true {
      let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 36)
      let candidate = "\(folder).\(name).\(suffix).tmp"
      pending?.add(candidate)
      let opened = SystemCalls.open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if opened >= 0 {
        temporaryPath = candidate
        descriptor = opened
        break
      }
      let code = errno
      pending?.forget(candidate)
      attempt += 1
      if code != EEXIST || attempt >= 16 {
        throw .cannotCreate(path: path, code: code, reason: SystemCalls.reason(code))
      }
    }
    buffer = []
    buffer.reserveCapacity(self.bufferCapacity)
  }

  deinit {
    if descriptor >= 0 { _ = SystemCalls.close(descriptor) }
    if !isCommitted {
      _ = SystemCalls.unlink(temporaryPath)
      pending?.forget(temporaryPath)
    }
  }

  /// Appends one byte.
  public mutating func write(byte: UInt8) throws(FileWriteError) {
    buffer.append(byte)
    if buffer.count >= bufferCapacity { try flush() }
  }

  /// Appends bytes.
  public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(FileWriteError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= bufferCapacity { try flush() }
  }

  /// Appends bytes.
  public mutating func write(_ bytes: [UInt8]) throws(FileWriteError) {
    buffer.append(contentsOf: bytes)
    if buffer.count >= bufferCapacity { try flush() }
  }

  /// Appends text as UTF-8.
  public mutating func write(_ text: String) throws(FileWriteError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= bufferCapacity { try flush() }
  }

  /// Writes the buffer to disk when it has reached its capacity.
  mutating func flushIfFull() throws(FileWriteError) {
    if buffer.count >= bufferCapacity { try flush() }
  }

  /// Writes the buffered bytes to the temporary file.
  public mutating func flush() throws(FileWriteError) {
    var failure: Int32 = 0
    buffer.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = SystemCalls.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
    if failure != 0 {
      throw .cannotWrite(path: path, code: failure, reason: SystemCalls.reason(failure))
    }
  }

  /// Flushes everything to disk and moves the file into place at `path`, replacing any
  /// previous file there. On error the previous file is unchanged and the temporary file is
  /// removed.
  public consuming func commit() throws(FileWriteError) {
    try flush()
    if SystemCalls.fsync(descriptor) != 0 {
      let code = errno
      throw .cannotWrite(path: path, code: code, reason: SystemCalls.reason(code))
    }
    let closed = SystemCalls.close(descriptor)
    descriptor = -1
    if closed != 0 {
      let code = errno
      throw .cannotWrite(path: path, code: code, reason: SystemCalls.reason(code))
    }
    if SystemCalls.rename(temporaryPath, path) != 0 {
      let code = errno
      throw .cannotReplace(path: path, code: code, reason: SystemCalls.reason(code))
    }
    isCommitted = true
    pending?.forget(temporaryPath)
  }

  /// Writes `bytes` to `path` in one step: all of them, or nothing changed.
  public static func write(_ bytes: [UInt8], to path: String) throws(FileWriteError) {
    var file = try AtomicFileWriter(path: path)
    try file.write(bytes)
    try file.commit()
  }

  /// Writes `text` as UTF-8 to `path` in one step: all of it, or nothing changed.
  public static func write(_ text: String, to path: String) throws(FileWriteError) {
    var file = try AtomicFileWriter(path: path)
    try file.write(text)
    try file.commit()
  }
}
