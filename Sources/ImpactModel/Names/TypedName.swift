/// A name that one of the outputs writes as text (an indicator id, a breakdown, a group):
/// compared as that text, ordered by Unicode code point as `indicators.csv` orders rows, and
/// described as the text itself.
public protocol TypedName: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The name as the outputs write it.
  var text: String { get }
}

extension TypedName {
  /// Ordered by Unicode code point, the order of `indicators.csv`.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    // UTF-8 byte order is code point order, and the native view compares fastest.
    lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8)
  }

  public var description: String { text }
}
