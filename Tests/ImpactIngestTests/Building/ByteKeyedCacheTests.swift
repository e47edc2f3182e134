import Testing

@testable import ImpactIngest

private func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
  Array(text.utf8).withUnsafeBufferPointer(body)
}

@Test func byteKeyedCacheFindsEveryKeyThroughGrowth() {
  var cache = ByteKeyedCache<Int>()
  // 5,000 keys force the 1,024-slot table to grow three times.
  for number in 0..<5000 { withBytes("P\(number)") { cache.insert(number, for: $0) } }
  #expect(cache.count == 5000)
  for number in stride(from: 0, to: 5000, by: 7) {
    #expect(withBytes("P\(number)") { cache.value(for: $0) } == number)
  }
  // Prefixes and extensions of stored keys, and the empty key, are different keys.
  #expect(withBytes("P") { cache.value(for: $0) } == nil)
  #expect(withBytes("P49999") { cache.value(for: $0) } == nil)
  #expect(withBytes("") { cache.value(for: $0) } == nil)
  #expect(withBytes("Café") { cache.value(for: $0) } == nil)
}

@Test func byteKeyedCacheStopsStoringAtItsLimit() {
  var cache = ByteKeyedCache<Int>(limit: 2)
  for (number, key) in ["a", "b", "c"].enumerated() {
    withBytes(key) { cache.insert(number, for: $0) }
  }
  #expect(cache.count == 2)
  #expect(withBytes("b") { cache.value(for: $0) } == 1)
  #expect(withBytes("c") { cache.value(for: $0) } == nil)
}

@Test func byteKeyedCacheHashTakesEveryByte() {
  // Worked out by a separate implementation of the documented steps: length times the
  // multiplier, each 8-byte little-endian word (the tail zero-padded) xored in, multiplied
  // and shifted by 29, then MurmurHash3's 64-bit finaliser.
  #expect(withBytes("") { ByteKeyedCache<Int>.hash($0) } == 0)
  #expect(withBytes("a") { ByteKeyedCache<Int>.hash($0) } == 0xbd86_f2db_20a6_dd4d)
  // 11 bytes: one whole word and a tail of three, with a multi-byte character.
  #expect(withBytes("Memory Café") { ByteKeyedCache<Int>.hash($0) } == 0xa63d_4b31_23d6_619d)
  #expect(withBytes("RAC-024567") { ByteKeyedCache<Int>.hash($0) } == 0x8c72_2942_f4e3_9e8c)
}

@Test func byteKeyedCacheRecallsTheLastEntryAndEveryOther() {
  var cache = ByteKeyedCache<Int>(slots: 2)
  withBytes("Memory Café") { cache.insert(1, for: $0) }
  // The entry just stored, again and again, then others, through the table's growth.
  #expect(withBytes("Memory Café") { cache.recall($0) } == 1)
  #expect(withBytes("Memory Café") { cache.recall($0) } == 1)
  for number in 2...40 { withBytes("Venue \(number)") { cache.insert(number, for: $0) } }
  #expect(withBytes("Venue 40") { cache.recall($0) } == 40)
  #expect(withBytes("Venue 4") { cache.recall($0) } == 4)
  #expect(withBytes("Venue 4") { cache.recall($0) } == 4)
  // Same length as the last entry, one byte apart; a prefix of it; longer than it.
  #expect(withBytes("Venue 5") { cache.recall($0) } == 5)
  #expect(withBytes("Venue ") { cache.recall($0) } == nil)
  #expect(withBytes("Venue 55") { cache.recall($0) } == nil)
  #expect(withBytes("Memory Cafe") { cache.recall($0) } == nil)
  #expect(withBytes("Memory Café") { cache.recall($0) } == 1)
}
