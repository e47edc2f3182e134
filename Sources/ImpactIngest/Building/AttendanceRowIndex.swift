import ImpactModel

/// The first attendance row of each (session, person) in an ``AttendanceTable``, for finding
/// the same person at the same session again.
///
/// An open-addressing hash table of row numbers: a row's session and person are read back
/// from the table itself, so an entry costs a row number and a one-byte tag (part of the
/// key's hash, so that most probes never look at the table), at most 4/3 slots per entry.
struct AttendanceRowIndex {
  /// Each slot's row number; meaningful only where the tag is not `0`.
  private var rows: [Int32] = []
  /// Each slot's tag: `0` for an empty slot, else seven bits of the key's hash and the top
  /// bit set.
  private var tags: [UInt8] = []
  /// The number of rows held.
  private var count = 0

  /// The earlier row of the same person at the same session in `table`, or `nil`, and then
  /// `table.count`, the row about to be appended, is noted as theirs.
  ///
  /// Every row about a person appended to `table` must first be asked about here.
  mutating func earlierRow(session: Int32, participant: Int32, in table: AttendanceTable)
    -> Int32?
  {
    if (count + 1) * 4 > rows.count * 3 { grow(table) }
    let hash = Self.hash(session, participant)
    let tag = Self.tag(hash)
    let mask = rows.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while tags[slot] != 0 {
      if tags[slot] == tag {
        let row = Int(rows[slot])
        if table.session[row] == session && table.participant[row] == participant {
          return rows[slot]
        }
      }
      slot = (slot + 1) & mask
    }
    tags[slot] = tag
    rows[slot] = Int32(table.count)
    count += 1
    return nil
  }

  /// Doubles the slots and puts back every row held: the table's rows about a person, the
  /// first of each (session, person), read in row order.
  private mutating func grow(_ table: AttendanceTable) {
    let size = max(1024, rows.count * 2)
    rows = [Int32](repeating: 0, count: size)
    tags = [UInt8](repeating: 0, count: size)
    count = 0
    let mask = size - 1
    let sessions = table.session
    let people = table.participant
    for row in 0..<table.count where people[row] >= 0 {
      let hash = Self.hash(sessions[row], people[row])
      let tag = Self.tag(hash)
      var slot = Int(truncatingIfNeeded: hash) & mask
      var seen = false
      while tags[slot] != 0 {
        let held = Int(rows[slot])
        if tags[slot] == tag && sessions[held] == sessions[row] && people[held] == people[row] {
          seen = true
          break
        }
        slot = (slot + 1) & mask
      }
      if seen { continue }
      tags[slot] = tag
      rows[slot] = Int32(row)
      count += 1
    }
  }

  /// The key's 64 bits, mixed so that the low bits pick a slot whatever the sessions and
  /// people are.
  private static func hash(_ session: Int32, _ participant: Int32) -> UInt64 {
    HashMix.avalanche(
      UInt64(UInt32(bitPattern: session)) << 32 | UInt64(UInt32(bitPattern: participant)))
  }

  /// A hash's tag: its top seven bits, with the top bit set so that it is never `0`.
  private static func tag(_ hash: UInt64) -> UInt8 {
    UInt8(truncatingIfNeeded: hash >> 57) | 0x80
  }
}
