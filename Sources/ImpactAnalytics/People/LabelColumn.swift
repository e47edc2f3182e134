import ImpactModel

/// The labels of one person field for a list of people, each distinct label kept once and
/// each person holding its number: four bytes a person instead of an optional string, and
/// totals by label can be kept in arrays indexed by number.
struct LabelColumn {
  /// Per person, in order: the number of their label, or `-1` when it is unknown.
  private(set) var numbers: [Int32] = []
  /// The distinct labels, numbered in the order first met.
  private var pool = StringPool()

  /// The distinct labels, by number.
  var labels: [String] { pool.strings }

  /// No people.
  init() {}

  /// The number of people.
  var count: Int { numbers.count }

  /// Adds the next person's label, `nil` when unknown.
  mutating func append(_ label: String?) {
    numbers.append(label.map { pool.intern($0) } ?? -1)
  }

  /// The label of the person at `position`, `nil` when unknown.
  subscript(position: Int) -> String? {
    let number = numbers[position]
    return number >= 0 ? pool[number] : nil
  }

  /// How many people have each label, by number (the unknown ones are not counted).
  var tallies: [Int] {
    var tallies = [Int](repeating: 0, count: pool.count)
    for number in numbers where number >= 0 { tallies[Int(number)] += 1 }
    return tallies
  }
}
