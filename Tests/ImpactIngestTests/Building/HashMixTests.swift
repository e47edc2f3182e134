import Testing

@testable import ImpactIngest

// MurmurHash3's fmix64 worked out by a separate implementation of its published steps.
@Test func hashMixIsMurmurHash3sFinaliser() {
  #expect(HashMix.avalanche(0) == 0)
  #expect(HashMix.avalanche(1) == 0xb456_bcfc_34c2_cb2c)
  // Session 7, person 42, packed as the attendance row index packs them.
  #expect(HashMix.avalanche(7 << 32 | 42) == 0x02a8_db5f_9044_a658)
}
