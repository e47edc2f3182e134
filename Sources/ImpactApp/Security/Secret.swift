/// A random secret (the address's token, a session's id, a form's CSRF token): 32 random
/// bytes as lowercase hex, compared in constant time.
public struct Secret: Sendable, Hashable, CustomStringConvertible {
  /// The secret as text.
  public let text: String

  /// A new random secret from the system's generator.
  public init() {
    var generator = SystemRandomNumberGenerator()
    let digits = Array("0123456789abcdef")
    text = String((0..<64).map { _ in digits[Int(generator.next(upperBound: UInt8(16)))] })
  }

  /// A secret with a known text (for tests).
  public init(text: String) {
    self.text = text
  }

  public var description: String { text }

  /// Whether `candidate` is this secret, taking the same time whatever it holds.
  public func matches(_ candidate: String?) -> Bool {
    guard let candidate else { return false }
    let left = Array(text.utf8)
    let right = Array(candidate.utf8)
    var difference = left.count ^ right.count
    for index in 0..<left.count {
      difference |= Int(left[index] ^ (index < right.count ? right[index] : 0))
    }
    return difference == 0
  }
}
