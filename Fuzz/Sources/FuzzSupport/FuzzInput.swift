/// The bytes libFuzzer gives a target, as the buffer its entry point receives.
public enum FuzzInput {
  /// The bytes at `start`, `count` long (libFuzzer may pass a null pointer for no bytes).
  public static func bytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(start: count > 0 ? UnsafeRawPointer(start) : nil, count: count)
  }

  /// The input split at its first NUL byte: the text before it and, if there is one, after it.
  public static func split(_ bytes: UnsafeRawBufferPointer) -> (first: String, second: String?) {
    guard let zero = bytes.firstIndex(of: 0) else {
      return (String(decoding: bytes, as: UTF8.self), nil)
    }
    let first = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[..<zero]), as: UTF8.self)
    let rest = UnsafeRawBufferPointer(rebasing: bytes[(zero + 1)...])
    return (first, String(decoding: rest, as: UTF8.self))
  }
}
