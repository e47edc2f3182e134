/// A byte key's length and its first and last eight bytes as words, which decide whether two
/// keys of up to 16 bytes are the same without reading the bytes again.
struct ByteKeyWords {
  /// The keys whose bytes the two words hold in full: up to 16 bytes.
  static var inlineLength: Int { 16 }

  /// The key's length in bytes.
  let length: Int
  /// The first eight bytes, little-endian, zero-padded when the key is shorter.
  let head: UInt64
  /// The last eight bytes when the key is longer than eight (overlapping `head` when it is
  /// shorter than 16), else `0`.
  let tail: UInt64

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    length = bytes.count
    guard let base = bytes.baseAddress else {
      (head, tail) = (0, 0)
      return
    }
    let raw = UnsafeRawPointer(base)
    if length >= 8 {
      head = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
      tail =
        length > 8
        ? UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self))
        : 0
    } else {
      head = Self.word(raw, from: 0, to: length)
      tail = 0
    }
  }

  /// The bytes `start..<end` at `raw` (fewer than eight) as one little-endian word, padded
  /// with zeros.
  static func word(_ raw: UnsafeRawPointer, from start: Int, to end: Int) -> UInt64 {
    if end >= 8 {
      // Read the last eight bytes, which end where the wanted ones do, and drop the others.
      let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self))
      return last >> UInt64(8 * (8 - (end - start)))
    }
    var word: UInt64 = 0
    var shift: UInt64 = 0
    var offset = start
    if end - offset >= 4 {
      word = UInt64(
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
      shift = 32
      offset += 4
    }
    if end - offset >= 2 {
      let half = UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))
      word |= UInt64(half) << shift
      shift += 16
      offset += 2
    }
    if end > offset {
      word |= UInt64(raw.load(fromByteOffset: offset, as: UInt8.self)) << shift
    }
    return word
  }
}
