/// Numbers distinct `Int32` keys 0, 1, 2 … in the order they are first seen, so that totals
/// by key can live in small arrays instead of dictionaries.
///
/// An open-addressing table with linear probing and a multiplicative hash: looking a key up
/// is a multiply and, the table being at most half full, usually one probe. Meant for the few
/// group keys of a session field, looked up once per attended row.
struct KeyNumbering {
  /// The keys, by number.
  private(set) var keys: [Int32] = []
  /// Each slot holds a key's number, or `-1` when empty.
  private var slots = [Int32](repeating: -1, count: 16)
  /// `64 - log2(slots.count)`: the hash's top bits pick the slot.
  private var shift: UInt64 = 60

  /// No keys.
  init() {}

  /// The number of distinct keys.
  var count: Int { keys.count }

  /// The number of `key`, numbering it when new.
  mutating func number(of key: Int32) -> Int32 {
    var slot = home(key)
    while true {
      let found = slots[slot]
      if found < 0 { break }
      if keys[Int(found)] == key { return found }
      slot = (slot + 1) & (slots.count - 1)
    }
    let new = Int32(keys.count)
    keys.append(key)
    slots[slot] = new
    if 2 * keys.count > slots.count { grow() }
    return new
  }

  /// The number of `key`, or `nil` when it has not been seen.
  func lookUp(_ key: Int32) -> Int32? {
    var slot = home(key)
    while true {
      let found = slots[slot]
      if found < 0 { return nil }
      if keys[Int(found)] == key { return found }
      slot = (slot + 1) & (slots.count - 1)
    }
  }

  private func home(_ key: Int32) -> Int {
    Int((UInt64(UInt32(bitPattern: key)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  private mutating func grow() {
    slots = [Int32](repeating: -1, count: 2 * slots.count)
    shift -= 1
    for (number, key) in keys.enumerated() {
      var slot = home(key)
      while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
      slots[slot] = Int32(number)
    }
  }
}
