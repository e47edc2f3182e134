import ImpactAnalytics
import ImpactModel

/// How a figure is written for people, decided once by its indicator and unit: the text
/// reports print it as UK text (``FigureFormat``) and the workbook gives its cell the matching
/// Excel number format, so a figure reads the same in both.
enum FigureStyle: Hashable, Sendable {
  /// A whole number with thousands separators: `1,204`.
  case whole
  /// A number with a fixed number of decimals: `2.1`.
  case decimal(places: Int)
  /// A share as a whole percentage, with one decimal below 1%: `38%`, `0.4%`.
  case percent
  /// Money: whole units from 100 up, pence below: `£12,500`, `£4.50`.
  case money

  /// The style of an indicator's values: counts, people and hours whole; shares as
  /// percentages; money in whole units or pence; scores and means to one decimal; ratios to
  /// two.
  static func of(_ indicator: IndicatorID, unit: IndicatorUnit) -> FigureStyle {
    switch unit {
    case .count, .people, .hours: return .whole
    case .share: return .percent
    case .currency: return .money
    case .score, .mean: return .decimal(places: 1)
    case .ratio: return .decimal(places: 2)
    }
  }

  /// A value in this style as UK text.
  func text(_ value: Double, currencySymbol: String) -> String {
    switch self {
    case .whole: return UKNumber.whole(value)
    case .decimal(let places): return UKNumber.decimal(value, places: places)
    case .percent: return UKNumber.percent(value)
    case .money: return UKNumber.money(value, symbol: currencySymbol)
    }
  }

  /// The decimals a value is shown with in this style (the rule ``text(_:currencySymbol:)``
  /// follows), for a format that gives the same digits.
  func places(for value: Double) -> Int {
    switch self {
    case .whole: return 0
    case .decimal(let places): return places
    case .percent: return UKNumber.percentPlaces(value)
    case .money: return UKNumber.moneyPlaces(value)
    }
  }
}
