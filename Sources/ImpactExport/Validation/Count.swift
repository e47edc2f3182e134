/// A whole number in UK style, with thousands separators (`1,204`).
struct Count {
  let value: Int
  init(_ value: Int) { self.value = value }

  var text: String {
    let digits = String(value.magnitude)
    var result = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return value < 0 ? "-" + result : result
  }
}
