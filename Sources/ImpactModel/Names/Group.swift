/// The group a figure is for within its breakdown, as the `group` column writes it: `All`,
/// `Unknown`, or a label (`Woman`, `Choir`, `1`).
public struct Group: TypedName {
  /// The label as written in the outputs.
  public let label: String

  /// The group with this label.
  public init(_ label: String) { self.label = label }

  public var text: String { label }

  /// Everyone: the group of a figure with no breakdown.
  public static let all = Group("All")

  /// Those for whom the field is not known.
  public static let unknown = Group("Unknown")
}
