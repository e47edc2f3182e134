/// The one 64-bit mixing step of the reading's hash tables (``ByteKeyedCache``,
/// ``AttendanceRowIndex``): every input bit reaches every output bit, so the low bits that
/// pick a slot depend on the whole key.
enum HashMix {
  /// MurmurHash3's 64-bit finaliser.
  static func avalanche(_ value: UInt64) -> UInt64 {
    var hash = value
    hash ^= hash >> 33
    hash = hash &* 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 33
    hash = hash &* 0xC4CE_B9FE_1A85_EC53
    hash ^= hash >> 33
    return hash
  }
}
