/// Counts how often each (owner, group) pair occurs, for owners numbered 0, 1, 2 … in the
/// order they first occur and groups given as small numbers.
///
/// Each owner's groups form a linked list in shared arrays, newest first. Counting a pair
/// walks the groups the owner already has (one or two, typically: a person's programmes, a
/// session's venue), so no hashing is done and the storage is a few `Int32` per pair.
struct PairTally {
  /// Each owner's first entry, or `-1` when the owner has none yet.
  private var head: [Int32] = []
  /// Per entry: the group, how often the pair occurred and the owner's next entry (`-1`).
  private var group: [Int32] = []
  private var tally: [Int32] = []
  private var next: [Int32] = []

  /// No pairs.
  init() {}

  /// The number of owners seen (the highest owner plus one).
  var owners: Int { head.count }

  /// The number of distinct pairs.
  var pairs: Int { group.count }

  /// Counts one occurrence of a pair; `true` when the pair is new. An owner is either one
  /// already seen or the next number, `owners`.
  @discardableResult
  mutating func add(owner: Int32, group key: Int32) -> Bool {
    let owner = Int(owner)
    if owner == head.count { head.append(-1) }
    var entry = head[owner]
    while entry >= 0 {
      if group[Int(entry)] == key {
        tally[Int(entry)] += 1
        return false
      }
      entry = next[Int(entry)]
    }
    next.append(head[owner])
    head[owner] = Int32(group.count)
    group.append(key)
    tally.append(1)
    return true
  }

  /// Calls `body` with each group of an owner and how often the pair occurred, newest group
  /// first.
  func forEachGroup(of owner: Int32, _ body: (_ group: Int32, _ count: Int32) -> Void) {
    guard Int(owner) < head.count else { return }
    var entry = head[Int(owner)]
    while entry >= 0 {
      body(group[Int(entry)], tally[Int(entry)])
      entry = next[Int(entry)]
    }
  }
}
