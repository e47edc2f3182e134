import ImpactFiles
import Testing

@Suite struct Windows1252Tests {
  @Test func everyDefinedHighByteRoundTrips() {
    // Hand-checked against the code page: the euro sign, the right single quotation mark (the
    // apostrophe Word types), and Y with diaeresis, the last byte of the range.
    #expect(Windows1252.scalar(for: 0x80) == "\u{20AC}")
    #expect(Windows1252.scalar(for: 0x92) == "\u{2019}")
    #expect(Windows1252.scalar(for: 0x9F) == "\u{0178}")
    #expect(Windows1252.byte(for: "\u{20AC}") == 0x80)
    #expect(Windows1252.byte(for: "\u{2019}") == 0x92)
    #expect(Windows1252.byte(for: "\u{0178}") == 0x9F)

    var defined: [UInt8] = []
    for byte in UInt8(0x80)...0x9F where Windows1252.highBytes[Int(byte - 0x80)] != nil {
      defined.append(byte)
      #expect(Windows1252.byte(for: Windows1252.scalar(for: byte)) == byte, "byte \(byte)")
    }
    #expect(defined.count == 27)

    // The five undefined bytes still decode (to the C1 control of the same number), but
    // nothing encodes to them: a C1 control has no form in Windows-1252.
    for byte: UInt8 in [0x81, 0x8D, 0x8F, 0x90, 0x9D] {
      #expect(Windows1252.scalar(for: byte) == Unicode.Scalar(byte))
      #expect(Windows1252.byte(for: Unicode.Scalar(byte)) == nil)
    }
    // ASCII and Latin-1 map to the byte of the same number; anything else has no byte.
    #expect(Windows1252.byte(for: "A") == 0x41)
    #expect(Windows1252.byte(for: "\u{E9}") == 0xE9)
    #expect(Windows1252.byte(for: "\u{65E5}") == nil)
  }
}
