/// A memo from a cell's UTF-8 bytes to what they were read as, looked up without making a
/// `String`: registers repeat the same dates, programmes, venues and ids on row after row.
///
/// Open addressing over a 64-bit hash that takes the bytes eight at a time, the entries
/// (``ByteKeyedEntry``) kept in the slots themselves. An entry holds its key's length, its
/// first and last eight bytes and the top of its hash beside its value, so finding a key of
/// up to 16 bytes (an id, a date, a code) reads one slot, or the few next to it, and nothing
/// else: at hundreds of thousands of participant ids, each lookup is one cache miss. Only a
/// longer key's bytes are kept apart, in one byte arena.
struct ByteKeyedCache<Value> {
  /// Each slot's entry, or `nil`; the count is a power of two, more than 4/3 of the entries
  /// (linear probing stays short with three slots in four full; a slot is 32 bytes for a
  /// value of up to seven bytes, such as a participant's index).
  private var slots: [ByteKeyedEntry<Value>?]
  /// The slot count's binary logarithm.
  private var slotBits: Int
  /// The bytes of each key longer than 16 bytes, one key after another.
  private var arena: [UInt8] = []
  /// The number of entries.
  private(set) var count = 0
  /// The most entries kept; past it, lookups still work but nothing new is stored.
  let limit: Int
  /// The slot `recall(_:)` found or `insert(_:for:)` filled last, or -1.
  private var lastSlot = -1

  /// - Parameters:
  ///   - limit: the most entries kept.
  ///   - slots: the initial size of the table, a power of two (it doubles as entries come).
  init(limit: Int = .max, slots: Int = 1024) {
    precondition(slots > 0 && slots & (slots - 1) == 0, "slots must be a power of two")
    self.slots = [ByteKeyedEntry<Value>?](repeating: nil, count: slots)
    slotBits = slots.trailingZeroBitCount
    self.limit = limit
  }

  /// The value stored for `bytes`, if any.
  func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let (slot, found) = probe(ByteKeyWords(bytes), Self.hashTop(bytes), bytes)
    return found ? slots[slot]!.value : nil
  }

  /// The value stored for `bytes`, if any, trying the entry found last before hashing: a
  /// column of a register repeats one cell on row after row.
  mutating func recall(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
    let key = ByteKeyWords(bytes)
    if lastSlot >= 0, let last = slots[lastSlot], matches(last, key, bytes) { return last.value }
    let (slot, found) = probe(key, Self.hashTop(bytes), bytes)
    guard found else { return nil }
    lastSlot = slot
    return slots[slot]!.value
  }

  /// Stores `value` for `bytes` unless they are stored already; returns whether it stored
  /// them (`false` also past the limit).
  mutating func insertIfAbsent(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard count < limit,
      !probe(ByteKeyWords(bytes), Self.hashTop(bytes), bytes).found
    else { return false }
    insert(value, for: bytes)
    return true
  }

  /// Stores `value` for `bytes` (which must not be stored yet).
  mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
    guard count < limit else { return }
    if (count + 1) * 4 > slots.count * 3 { grow() }
    let key = ByteKeyWords(bytes)
    let top = Self.hashTop(bytes)
    let start = arena.count
    if key.length > ByteKeyWords.inlineLength { arena.append(contentsOf: bytes) }
    let slot = emptySlot(from: home(top))
    slots[slot] = ByteKeyedEntry(key, hashTop: top, start: start, value: value)
    count += 1
    lastSlot = slot
  }

  /// The slot holding `bytes` (whose words are `key` and hash's top `top`), or else the empty
  /// slot that ends the search.
  private func probe(
    _ key: ByteKeyWords, _ top: UInt32, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> (slot: Int, found: Bool) {
    slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = home(top)
      while let entry = slots[slot] {
        if entry.hashTop == top && matches(entry, key, bytes) { return (slot, true) }
        slot = (slot + 1) & mask
      }
      return (slot, false)
    }
  }

  /// The first empty slot from `slot` on.
  private func emptySlot(from slot: Int) -> Int {
    let mask = slots.count - 1
    var slot = slot
    while slots[slot] != nil { slot = (slot + 1) & mask }
    return slot
  }

  /// The slot where the search for a key whose hash's top 32 bits are `top` begins: the top
  /// `slotBits` of them (shifted up past 32 bits, which no memory holds).
  private func home(_ top: UInt32) -> Int {
    Int(top) >> (32 - slotBits)
  }

  private mutating func grow() {
    let entries = slots
    slotBits += 1
    slots = [ByteKeyedEntry<Value>?](repeating: nil, count: 1 << slotBits)
    for case let entry? in entries { slots[emptySlot(from: home(entry.hashTop))] = entry }
    lastSlot = -1
  }

  /// Whether `entry` is stored for `bytes`, whose words are `key`: the lengths and the first
  /// and last eight bytes, then for a key longer than 16 bytes the ones after the first eight.
  private func matches(
    _ entry: ByteKeyedEntry<Value>, _ key: ByteKeyWords, _ bytes: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard entry.holds(key) else { return false }
    guard key.length > ByteKeyWords.inlineLength else { return true }
    let start = entry.start
    return arena.withUnsafeBufferPointer { arena in
      Self.equal(
        UnsafeRawPointer(arena.baseAddress! + start + 8),
        UnsafeRawPointer(bytes.baseAddress! + 8), key.length - 8)
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
      hash = (hash ^ ByteKeyWords.word(raw, from: offset, to: bytes.count)) &* multiplier
      hash ^= hash >> 29
    }
    return HashMix.avalanche(hash)
  }

  /// The top 32 bits of `hash(bytes)`.
  private static func hashTop(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    UInt32(truncatingIfNeeded: hash(bytes) >> 32)
  }
}
