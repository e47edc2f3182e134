/// Numbers written the UK way for people: `1,204`, `38%`, `£12,500`, `2.1`.
///
/// Rounding is half away from zero; a negative number is written with a minus sign (`−3`), but
/// wording normally states the direction in words and passes the size.
enum UKNumber {
  /// A whole number with thousands separators: `1,204`.
  static func whole(_ value: Double) -> String {
    decimal(value, places: 0)
  }

  /// A number with `places` decimals and thousands separators: `1,204.5`.
  static func decimal(_ value: Double, places: Int) -> String {
    guard value.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let negative = value < 0 && scaled > 0
    let wholePart = (scaled / scale).rounded(.down)
    let fraction = scaled - wholePart * scale
    var text = grouped(wholePart)
    if places > 0 {
      var digits = String(Int(fraction))
      while digits.count < places { digits = "0" + digits }
      text += "." + digits
    }
    return negative ? "−" + text : text
  }

  /// A share as a percentage: whole percent (`38%`); never 0% or 100% for something that is
  /// neither: one decimal below 1% (`0.4%`, else `<0.1%`), and `>99%` just under 100%.
  static func percent(_ share: Double) -> String {
    let percent = share * 100
    if percentPlaces(share) == 1 {
      let text = decimal(percent, places: 1)
      return text == "0.0" ? "<0.1%" : text + "%"
    }
    if percent.rounded() == 100 && percent < 100 { return ">99%" }
    return decimal(percent, places: 0) + "%"
  }

  /// The decimals ``percent(_:)`` gives a share: one for a share that whole percentages would
  /// round to 0%, else none.
  static func percentPlaces(_ share: Double) -> Int {
    let percent = share * 100
    return percent.rounded() == 0 && percent > 0 ? 1 : 0
  }

  /// A share as a percentage with `places` decimals (`2.7%`), for gaps too small for whole
  /// percentages to show.
  static func percent(_ share: Double, places: Int) -> String {
    decimal(share * 100, places: places) + "%"
  }

  /// Percentage points between two shares: `4 percentage points` (the size only).
  static func points(_ difference: Double) -> String {
    let points = abs(difference) * 100
    let text = points.rounded() == 0 && points != 0 ? decimal(points, places: 1) : whole(points)
    return text == "1" ? "1 percentage point" : text + " percentage points"
  }

  /// An amount of money: whole units from 100 up (`£12,500`), pence below (`£4.50`).
  static func money(_ amount: Double, symbol: String) -> String {
    let places = moneyPlaces(amount)
    let text = decimal(amount, places: places)
    return text.hasPrefix("−") ? "−" + symbol + text.dropFirst() : symbol + text
  }

  /// The decimals ``money(_:symbol:)`` gives an amount: none from 100 up or for a whole
  /// amount, else two (pence).
  static func moneyPlaces(_ amount: Double) -> Int {
    abs(amount) >= 100 || amount == amount.rounded() ? 0 : 2
  }

  /// A whole number's digits in groups of three, `1,204,000`.
  private static func grouped(_ wholeNumber: Double) -> String {
    let digits = Array(String(Int64(min(wholeNumber, 9e18))))
    var text = ""
    for (position, digit) in digits.enumerated() {
      if position > 0 && (digits.count - position) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
