extension FigureStyle {
  /// The Excel number format that shows `value` with the digits
  /// ``text(_:currencySymbol:)`` gives it: the same decimals, separators and symbol. (Text
  /// such as `<0.1%` and `>99%` has no format; Excel shows the nearest percentage.)
  func numberFormat(for value: Double, currencySymbol: String) -> NumberFormat {
    switch self {
    case .whole: return .whole
    case .decimal(let places): return .decimal(places: places)
    case .percent: return .percent(places: places(for: value))
    case .money: return .currency(symbol: currencySymbol, places: places(for: value))
    }
  }
}
