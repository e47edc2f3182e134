/// A memo from a cell's UTF-8 bytes to what they were read as, looked up without making a
/// `String`: registers repeat the same dates, programmes, venues and ids on row after row.
///
/// Open addressing over a 64-bit hash that takes the bytes eight at a time; keys live in one
/// byte arena. Each slot holds the top half of its entry's hash beside the entry's position,
/// so a probe that passes other entries reads nothing but the slots.
struct ByteKeyedCache<Value> {
  private var arena: [UInt8] = []
  // The entries, column by column: a probe compares bytes without touching the values, and
  // copies a value only once it has matched.
  private var starts: [Int] = []
  private var lengths: [Int32] = []
  private var hashes: [UInt64] = []
  private var values: [Value] = []
  /// `0` for an empty slot, else the hash's top 32 bits above the entry's position plus one;
  /// the count is a power of two.
  private var slots: [UInt64]
  /// The most entries kept; past it, lookups still work but nothing new is stored.
  let limit: Int
  /// The entry `recall(_:)` found or `insert(_:for:)` stored last, or -1.
  private var lastEntry = -1

  /// - Parameters:
  ///   - limit: the most entries kept.
  ///   - slots: the initial size of the table, a power of two (it doubles as entries come).
  init(limit: Int = .max, slots: Int = 1024) {
    precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
    self.slots = [UInt64](repeating: 0, count: slots)
    self.limit = limit
  }

  /// The number of entries.
  var count: Int { values.count }

  /// The value stored for `bytes`, if any.
  func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    guard let entry = find(bytes, hash: Self.hash(bytes)) else { return nil }
    return values[entry]
  }

  /// The value stored for `bytes`, if any, trying the entry found last before hashing: a
  /// column of a register repeats one cell on row after row.
  mutating func recall(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    if lastEntry >= 0 && matches(lastEntry, bytes) { return values[lastEntry] }
    guard let entry = find(bytes, hash: Self.hash(bytes)) else { return nil }
    lastEntry = entry
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
    lengths.append(Int32(bytes.count))
    hashes.append(hash)
    values.append(value)
    arena.append(contentsOf: bytes)
    place(values.count - 1, hash: hash)
    lastEntry = values.count - 1
  }

  /// The entry stored for `bytes`, if any.
  private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
    let tag = hash & Self.tagMask
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 {
        let stored = slots[slot]
        if stored & Self.tagMask == tag {
          let entry = Int(truncatingIfNeeded: stored & ~Self.tagMask) - 1
          if matches(entry, bytes) { return entry }
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }

  private static var tagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }

  private mutating func place(_ entry: Int, hash: UInt64) {
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = hash & Self.tagMask | UInt64(entry + 1)
  }

  private mutating func grow() {
    slots = [UInt64](repeating: 0, count: slots.count * 2)
    for (index, hash) in hashes.enumerated() { place(index, hash: hash) }
  }

  private func matches(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let length = Int(lengths[entry])
    guard length == bytes.count else { return false }
    guard length > 0, let given = bytes.baseAddress else { return true }
    let start = starts[entry]
    return arena.withUnsafeBufferPointer { stored in
      Self.equal(UnsafeRawPointer(stored.baseAddress! + start), UnsafeRawPointer(given), length)
    }
  }

  /// Whether `count` bytes at `a` and `b` are the same, compared eight at a time.
  private static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ count: Int) -> Bool {
    var offset = 0
    while offset + 8 <= count {
      guard
        a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      else { return false }
      offset += 8
    }
    while offset < count {
      guard
        a.load(fromByteOffset: offset, as: UInt8.self)
          == b.load(fromByteOffset: offset, as: UInt8.self)
      else { return false }
      offset += 1
    }
    return true
  }

  /// A 64-bit hash of `bytes`: each eight bytes (the last few padded with zeros) mixed in by
  /// a multiply and shift, the length folded in, and a final avalanche so that the low bits,
  /// which pick the slot, depend on every byte.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash = UInt64(bytes.count) &* multiplier
    guard let base = bytes.baseAddress else { return HashMix.avalanche(hash) }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ UInt64(littleEndian: word)) &* multiplier
      hash ^= hash >> 29
      offset += 8
    }
    if offset < bytes.count {
      var tail: UInt64 = 0
      var shift: UInt64 = 0
      while offset < bytes.count {
        tail |= UInt64(bytes[offset]) << shift
        shift += 8
        offset += 1
      }
      hash = (hash ^ tail) &* multiplier
      hash ^= hash >> 29
    }
    return HashMix.avalanche(hash)
  }
}
