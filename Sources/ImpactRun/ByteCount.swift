import Foundation

/// A byte count in a readable unit (`512 bytes`, `1.2 MB`), as progress shows it on a
/// terminal and in the browser app.
public struct ByteCount: CustomStringConvertible, Sendable {
  /// The number of bytes.
  public let bytes: Int

  /// Creates the count of `bytes`.
  public init(_ bytes: Int) { self.bytes = bytes }

  public var description: String {
    let units = ["bytes", "KB", "MB", "GB"]
    var value = Double(bytes)
    var unit = 0
    while value >= 1000, unit < units.count - 1 {
      value /= 1000
      unit += 1
    }
    return unit == 0 ? "\(bytes) bytes" : String(format: "%.1f", value) + " " + units[unit]
  }
}
