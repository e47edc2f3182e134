/// The byte that separates fields in a CSV file, for reading and for writing.
///
/// The cases are in the order a reader tries them (comma, semicolon, tab).
public enum Delimiter: UInt8, CaseIterable, Hashable, Sendable {
  /// `,`
  case comma = 0x2C
  /// `;` (common where the comma is the decimal separator)
  case semicolon = 0x3B
  /// A tab (Excel's "Unicode text", `.tsv` files)
  case tab = 0x09

  /// The name shown to users (`comma`, `semicolon`, `tab`).
  public var name: String {
    switch self {
    case .comma: return "comma"
    case .semicolon: return "semicolon"
    case .tab: return "tab"
    }
  }
}
