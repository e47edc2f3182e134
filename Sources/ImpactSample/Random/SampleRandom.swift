/// The generator's own pseudo-random numbers: SplitMix64, with every draw built from integer
/// arithmetic so that one seed gives the same numbers on every platform and Swift version.
///
/// Independent streams (one per person, one per programme) come from ``init(seed:stream:)``,
/// so a person's profile does not depend on the order in which anything else was drawn.
struct SampleRandom {
  private var state: UInt64

  /// A stream for a seed.
  init(seed: UInt64) {
    state = seed
  }

  /// An independent stream for a seed and a stream number.
  init(seed: UInt64, stream: UInt64) {
    state = Self.mix(seed ^ Self.mix(stream &+ 0x632B_E59B_D9B4_E019))
  }

  /// The next 64 random bits.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return Self.mix(state)
  }

  /// A number in `0..<count` (`count` > 0).
  mutating func below(_ count: Int) -> Int {
    Int(next().multipliedFullWidth(by: UInt64(count)).high)
  }

  /// A number in `range`.
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.count)
  }

  /// A number in `0..<1`.
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// `true` with probability `probability`.
  mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// A draw from the standard normal distribution, approximated by the sum of twelve
  /// uniform numbers (no transcendental functions, so identical everywhere).
  mutating func normal() -> Double {
    var sum = 0.0
    for _ in 0..<12 { sum += unit() }
    return sum - 6
  }

  /// A draw from a normal distribution with the given mean and standard deviation.
  mutating func normal(mean: Double, deviation: Double) -> Double {
    mean + deviation * normal()
  }

  /// One element of a non-empty array.
  mutating func pick<Element>(_ elements: [Element]) -> Element {
    elements[below(elements.count)]
  }

  /// An index chosen with the given relative weights.
  mutating func weighted(_ weights: [Int]) -> Int {
    var total = 0
    for weight in weights { total += weight }
    var target = below(total)
    for (index, weight) in weights.enumerated() {
      if target < weight { return index }
      target -= weight
    }
    return weights.count - 1
  }

  private static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
