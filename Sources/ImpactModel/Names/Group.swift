/// The group a figure is for within its breakdown, as the `group` column writes it: `All`,
/// `Unknown`, or a label (`Woman`, `Choir`, `1`).
public struct Group: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The label as written in the outputs.
  public let label: String

  /// The group with this label.
  public init(_ label: String) { self.label = label }

  public var description: String { label }

  /// Ordered by Unicode code point, the order of `indicators.csv`.
  public static func < (lhs: Group, rhs: Group) -> Bool {
    lhs.label.unicodeScalars.lexicographicallyPrecedes(rhs.label.unicodeScalars)
  }

  /// Everyone: the group of a figure with no breakdown.
  public static let all = Group("All")

  /// Those for whom the field is not known.
  public static let unknown = Group("Unknown")
}
