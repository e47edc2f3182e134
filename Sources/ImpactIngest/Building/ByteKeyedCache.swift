/// A memo from a cell's UTF-8 bytes to what they were read as, looked up without making a
/// `String`: registers repeat the same dates, programmes, venues and ids on row after row.
///
/// Open addressing over FNV-1a hashes; keys live in one byte arena.
struct ByteKeyedCache<Value> {
  private var arena: [UInt8] = []
  // The entries, column by column: a probe compares hashes and bytes without touching the
  // values, and copies a value only once it has matched.
  private var starts: [Int] = []
  private var lengths: [Int] = []
  private var hashes: [UInt64] = []
  private var values: [Value] = []
  /// Entry positions, or -1 for an empty slot; the count is a power of two.
  private var slots: [Int32]
  /// The most entries kept; past it, lookups still work but nothing new is stored.
  let limit: Int

  /// - Parameters:
  ///   - limit: the most entries kept.
  ///   - slots: the initial size of the table, a power of two (it doubles as entries come).
  init(limit: Int = .max, slots: Int = 1024) {
    precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
    self.slots = [Int32](repeating: -1, count: slots)
    self.limit = limit
  }

  /// The number of entries.
  var count: Int { values.count }

  /// The value stored for `bytes`, if any.
  func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    guard let entry = find(bytes, hash: Self.hash(bytes)) else { return nil }
    return values[entry]
  }

  /// Stores `value` for `bytes` unless they are stored already; returns whether it stored
  /// them (`false` also past the limit).
  mutating func insertIfAbsent(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard values.count < limit, find(bytes, hash: Self.hash(bytes)) == nil else { return false }
    insert(value, for: bytes)
    return true
  }

  /// Stores `value` for `bytes` (which must not be stored yet).
  mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
    guard values.count < limit else { return }
    if (values.count + 1) * 2 > slots.count { grow() }
    let hash = Self.hash(bytes)
    starts.append(arena.count)
    lengths.append(bytes.count)
    hashes.append(hash)
    values.append(value)
    arena.append(contentsOf: bytes)
    place(values.count - 1, hash: hash)
  }

  /// The entry stored for `bytes`, if any.
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 {
        let entry = Int(slots[slot])
        if hashes[entry] == hash && matches(entry, bytes) { return entry }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  private mutating func place(_ entry: Int, hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
    while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
    slots[slot] = Int32(entry)
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: slots.count * 2)
    for (index, hash) in hashes.enumerated() { place(index, hash: hash) }
  }

  private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let length = lengths[entry]
    guard length == bytes.count else { return false }
    let start = starts[entry]
    return arena.withUnsafeBufferPointer { stored in
      for offset in 0..<length where stored[start + offset] != bytes[offset] { return false }
      return true
    }
  }

  /// 64-bit FNV-1a.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
