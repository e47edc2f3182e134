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

@Test func byteKeyedCacheTellsApartKeysOfEveryLengthAndKeysThatShareTheirWords() {
  // Every prefix of a 24-byte text, the empty one included: lengths 0 to 24, each kept in
  // its entry's words (up to 16) or in the arena (17 to 24), the table growing from 2 slots.
  let text = "abcdefghijklmnopqrstuvwx"
  var cache = ByteKeyedCache<Int>(slots: 2)
  for length in 0...24 { withBytes(String(text.prefix(length))) { cache.insert(length, for: $0) } }
  // Keys longer than 16 bytes that share their first and last eight bytes and length, and
  // differ only in between; 9 to 15 bytes that share the first eight and differ in the last.
  withBytes("abcdefgh1stuvwxyz") { cache.insert(101, for: $0) }
  withBytes("abcdefgh2stuvwxyz") { cache.insert(102, for: $0) }
  withBytes("abcdefgh3") { cache.insert(103, for: $0) }
  withBytes("abcdefgh4") { cache.insert(104, for: $0) }
  #expect(cache.count == 29)
  var wrong: [Int] = []
  for length in 0...24
  where withBytes(String(text.prefix(length)), { cache.value(for: $0) }) != length {
    wrong.append(length)
  }
  #expect(wrong == [])
  #expect(withBytes("abcdefgh1stuvwxyz") { cache.value(for: $0) } == 101)
  #expect(withBytes("abcdefgh2stuvwxyz") { cache.value(for: $0) } == 102)
  #expect(withBytes("abcdefgh3stuvwxyz") { cache.value(for: $0) } == nil)
  #expect(withBytes("abcdefgh3") { cache.value(for: $0) } == 103)
  #expect(withBytes("abcdefgh4") { cache.recall($0) } == 104)
  #expect(withBytes("abcdefgh5") { cache.recall($0) } == nil)
  // The same bytes as a stored key, one byte longer or shorter, or one byte changed.
  #expect(withBytes("abcdefghijklmnopq") { cache.recall($0) } == 17)
  #expect(withBytes("abcdefghijklmnopQ") { cache.recall($0) } == nil)
  #expect(withBytes("abcdefghijklmnopqrstuvwxy") { cache.value(for: $0) } == nil)
  #expect(withBytes("Abcdefghijklmnop") { cache.value(for: $0) } == nil)
}

@Test func byteKeyedCacheKeepsLongKeysThroughGrowthAndStoresOnceWhenAbsent() {
  // 3,000 keys of 22 bytes, all in the arena, from a 16-slot table through eight doublings.
  var cache = ByteKeyedCache<Int32>(slots: 16)
  for number in 0..<3000 {
    withBytes("Riverside venue #\(10000 + number)") { cache.insert(Int32(number), for: $0) }
  }
  var wrong = 0
  for number in 0..<3000
  where withBytes("Riverside venue #\(10000 + number)", { cache.recall($0) }) != Int32(number) {
    wrong += 1
  }
  #expect(wrong == 0)
  #expect(withBytes("Riverside venue #13000") { cache.value(for: $0) } == nil)
  // A key already stored is not stored again, and keeps its value; a new one is.
  #expect(withBytes("Riverside venue #10005") { cache.insertIfAbsent(-1, for: $0) } == false)
  #expect(withBytes("Riverside venue #10005") { cache.value(for: $0) } == 5)
  #expect(withBytes("Riverside venue #13000") { cache.insertIfAbsent(3000, for: $0) } == true)
  #expect(withBytes("Riverside venue #13000") { cache.value(for: $0) } == 3000)
  #expect(cache.count == 3001)
}
