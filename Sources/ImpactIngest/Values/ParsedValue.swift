/// The outcome of reading one cell of a typed column.
///
/// `unknown` is a blank cell or an explicit non-answer ("Prefer not to say"); `invalid`
/// carries the reason in plain words, quoting the value (`` `31/02/2025` is not a date ``),
/// ready for the data-quality output.
enum ParsedValue<Value> {
  /// The value read.
  case value(Value)
  /// A blank cell or an answer that gives no value.
  case unknown
  /// A value that can't be read, with the reason in plain words.
  case invalid(String)

  /// The value read, or `nil` when unknown or invalid.
  var value: Value? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// The same outcome with the value transformed.
  func map<Other>(_ transform: (Value) -> Other) -> ParsedValue<Other> {
    switch self {
    case .value(let value): return .value(transform(value))
    case .unknown: return .unknown
    case .invalid(let reason): return .invalid(reason)
    }
  }
}

extension ParsedValue: Equatable where Value: Equatable {}
extension ParsedValue: Sendable where Value: Sendable {}
