import Testing

@testable import ImpactIngest

struct ByteKeyWordsTests {
  private func words(_ text: String) -> ByteKeyWords {
    Array(text.utf8).withUnsafeBufferPointer { ByteKeyWords($0) }
  }

  @Test func shortKeysArePaddedWithZerosAndHaveNoTail() {
    // The bytes little-endian, the first byte lowest: `a` is 0x61, `g` 0x67.
    #expect(words("").length == 0)
    #expect(words("").head == 0)
    #expect(words("a").head == 0x61)
    #expect(words("a").tail == 0)
    #expect(words("abcdefg").head == 0x0067_6665_6463_6261)
    #expect(words("abcdefg").tail == 0)
    #expect(words("12345678").head == 0x3837_3635_3433_3231)
    #expect(words("12345678").tail == 0)
  }

  @Test func longerKeysHaveTheirLastEightBytesAsTail() {
    // "RAC-024567": R 52, A 41, C 43, - 2D, digits 30 to 37; the tail "C-024567" overlaps.
    let id = words("RAC-024567")
    #expect(id.length == 10)
    #expect(id.head == 0x3534_3230_2D43_4152)
    #expect(id.tail == 0x3736_3534_3230_2D43)
    // 17 bytes: the head and tail are the first and last eight; the ninth is in neither.
    let long = words("abcdefgh-stuvwxyz")
    #expect(long.length == 17)
    #expect(long.head == 0x6867_6665_6463_6261)
    #expect(long.tail == 0x7A79_7877_7675_7473)
  }

  @Test func aWordOfFewerThanEightBytesIsTheSameFromEitherWayOfReading() {
    // "Memory Café" is 12 bytes (é is C3 A9); bytes 8..<12 are a f C3 A9. Read from the
    // last eight (the key is long enough) or byte by byte (a key of three), the same word.
    let cafe = Array("Memory Café".utf8)
    #expect(cafe.count == 12)
    cafe.withUnsafeBytes { raw in
      #expect(ByteKeyWords.word(raw.baseAddress!, from: 8, to: 12) == 0xA9C3_6661)
      #expect(ByteKeyWords.word(raw.baseAddress!, from: 0, to: 3) == 0x6D_654D)
      #expect(ByteKeyWords.word(raw.baseAddress!, from: 1, to: 8) == 0x43_2079_726F_6D65)
      #expect(ByteKeyWords.word(raw.baseAddress!, from: 5, to: 12) == 0xA9_C366_6143_2079)
    }
  }
}
