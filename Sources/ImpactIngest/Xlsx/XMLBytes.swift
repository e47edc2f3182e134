import Foundation

/// Small readings of the UTF-8 bytes an ``XMLPushParser`` hands over.
enum XMLBytes {
  /// Whether `bytes` are exactly `text`.
  static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
    guard bytes.count == text.utf8CodeUnitCount else { return false }
    guard let base = bytes.baseAddress else { return bytes.isEmpty }
    return memcmp(base, text.utf8Start, bytes.count) == 0
  }

  /// The unsigned whole number `bytes` spell (digits only, at most 18), or `nil`.
  static func unsigned(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
    var value = 0
    for byte in bytes {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  /// Whether an XML boolean attribute (`1`, `true`) is set.
  static func isTrue(_ bytes: UnsafeBufferPointer<UInt8>?) -> Bool {
    guard let bytes else { return false }
    return equal(bytes, "1") || equal(bytes, "true")
  }
}

extension XMLBytes {
  /// The unsigned whole number a text spells, white space around it allowed, or `nil`.
  static func unsignedText(_ text: String) -> Int? {
    var bytes = Array(text.utf8)
    while let last = bytes.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 {
      bytes.removeLast()
    }
    let start = bytes.firstIndex { !(0x20 == $0 || 0x0A == $0 || 0x0D == $0 || 0x09 == $0) } ?? 0
    return bytes[start...].withContiguousStorageIfAvailable { unsigned($0) } ?? nil
  }
}
