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

@Test func byteKeyedCacheHashIsFNV1a() {
  // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the published test vector).
  #expect(withBytes("a") { ByteKeyedCache<Int>.hash($0) } == 0xaf63_dc4c_8601_ec8c)
  #expect(withBytes("") { ByteKeyedCache<Int>.hash($0) } == 0xcbf2_9ce4_8422_2325)
}
