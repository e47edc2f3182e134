/// One entry of a ``ByteKeyedCache``, kept in its slot: what it keeps of its key beside its
/// value, so that a lookup of a key of up to 16 bytes reads this slot and nothing else.
struct ByteKeyedEntry<Value> {
  /// The key's first eight bytes (``ByteKeyWords/head``).
  let head: UInt64
  /// For a key of up to 16 bytes, its last eight (``ByteKeyWords/tail``); for a longer one,
  /// where its bytes start in the cache's arena.
  let rest: UInt64
  /// The top 32 bits of the key's hash: they place the entry, and tell most other keys apart
  /// before their bytes are compared.
  let hashTop: UInt32
  /// The key's length in bytes.
  let length: Int32
  /// What the key stands for.
  let value: Value

  /// An entry for the key `key`, whose hash's top 32 bits are `hashTop` and whose bytes, if
  /// it is longer than 16, start at `start` in the arena.
  init(_ key: ByteKeyWords, hashTop: UInt32, start: Int, value: Value) {
    head = key.head
    rest = key.length > ByteKeyWords.inlineLength ? UInt64(start) : key.tail
    self.hashTop = hashTop
    length = Int32(key.length)
    self.value = value
  }

  /// Whether the key is `key` as far as its length and words tell: entirely for a key of up
  /// to 16 bytes; for a longer one, its bytes after the first eight are still to compare.
  func holds(_ key: ByteKeyWords) -> Bool {
    Int(length) == key.length && head == key.head
      && (key.length > ByteKeyWords.inlineLength || rest == key.tail)
  }

  /// Where a key longer than 16 bytes starts in the arena.
  var start: Int { Int(truncatingIfNeeded: rest) }
}
