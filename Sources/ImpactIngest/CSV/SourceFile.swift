#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An input file open for reading: sequential reads into a caller's buffer, and seeking back.
///
/// Only ever reads. Closed when the last reference goes.
final class SourceFile {
  /// The path as given, for messages.
  let path: String
  /// The file's size in bytes when opened.
  let size: Int
  private let descriptor: Int32

  /// Opens `path` for reading.
  init(path: String) throws(CSVReadError) {
    self.path = path
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw Self.error(errno, path: path) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      close(descriptor)
      throw Self.error(code, path: path)
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      close(descriptor)
      throw .isFolder(path: path)
    }
    self.descriptor = descriptor
    self.size = Int(status.st_size)
  }

  deinit {
    close(descriptor)
  }

  /// Reads up to `buffer.count` bytes at the current position; 0 means end of file.
  func readChunk(into buffer: UnsafeMutableRawBufferPointer) throws(CSVReadError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    while true {
      let count = read(descriptor, base, buffer.count)
      if count >= 0 { return count }
      if errno != EINTR { throw Self.error(errno, path: path) }
    }
  }

  /// Moves the read position to `offset` bytes from the start.
  func seek(to offset: Int) throws(CSVReadError) {
    guard lseek(descriptor, off_t(offset), SEEK_SET) >= 0 else {
      throw Self.error(errno, path: path)
    }
  }

  private static func error(_ code: Int32, path: String) -> CSVReadError {
    switch code {
    case ENOENT, ENOTDIR: return .fileNotFound(path: path)
    case EACCES, EPERM: return .permissionDenied(path: path)
    case EISDIR: return .isFolder(path: path)
    default: return .unreadable(path: path, reason: String(cString: strerror(code)))
    }
  }
}
