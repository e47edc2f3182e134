import Foundation

/// A folder of the fuzz process's own, made once, where each input is written as a file
/// before it is read the way a user's file is.
public struct FuzzFolder: Sendable {
  /// The folder's path.
  public let path: String

  /// Makes a new, empty folder under the system's temporary folder.
  public init(_ name: String) {
    let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    var template = Array("\(base)/impact-fuzz-\(name)-XXXXXX".utf8CString)
    guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      fatalError("Could not make a folder under \(base) for the fuzz target.")
    }
    path = String(cString: made)
  }

  /// The path of `name` in the folder.
  public func file(_ name: String) -> String {
    (path as NSString).appendingPathComponent(name)
  }

  /// Writes `bytes` as the file `name`, replacing what was there.
  public func write(_ bytes: UnsafeRawBufferPointer, as name: String) {
    let data = bytes.baseAddress.map { Data(bytes: $0, count: bytes.count) } ?? Data()
    guard FileManager.default.createFile(atPath: file(name), contents: data) else {
      fatalError("Could not write \(file(name)) for the fuzz target.")
    }
  }

  /// Removes the file `name` if it is there.
  public func remove(_ name: String) {
    try? FileManager.default.removeItem(atPath: file(name))
  }
}
