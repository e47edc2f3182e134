/// The labels of one person field for a list of people, each distinct label kept once and
/// each person holding its number: four bytes a person instead of an optional string, and
/// totals by label can be kept in arrays indexed by number.
struct LabelColumn {
  /// The distinct labels, numbered in the order first met.
  private(set) var labels: [String] = []
  /// Per person, in order: the number of their label, or `-1` when it is unknown.
  private(set) var numbers: [Int32] = []
  /// The number of each label met so far.
  private var numberOf: [String: Int32] = [:]

  /// No people.
  init() {}

  /// The number of people.
  var count: Int { numbers.count }

  /// Adds the next person's label, `nil` when unknown.
  mutating func append(_ label: String?) {
    guard let label else {
      numbers.append(-1)
      return
    }
    if let number = numberOf[label] {
      numbers.append(number)
    } else {
      let number = Int32(labels.count)
      numberOf[label] = number
      labels.append(label)
      numbers.append(number)
    }
  }

  /// The label of the person at `position`, `nil` when unknown.
  subscript(position: Int) -> String? {
    let number = numbers[position]
    return number >= 0 ? labels[Int(number)] : nil
  }

  /// How many people have each label, by number (the unknown ones are not counted).
  var tallies: [Int] {
    var tallies = [Int](repeating: 0, count: labels.count)
    for number in numbers where number >= 0 { tallies[Int(number)] += 1 }
    return tallies
  }
}
