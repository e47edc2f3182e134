/// The shape of a written decimal number: an optional sign, digits (optionally grouped in
/// thousands), an optional decimal point and digits.
struct DecimalText {
  /// Whether a minus sign (`-` or `−`) came first.
  var isNegative = false
  /// The number as plain ASCII (`-12500.50`): sign, digits, point; no group separators.
  var plain = ""
  /// Whether the fraction, if any, is all zeros.
  var isWhole = true

  private static let plus = UInt8(ascii: "+")
  private static let minus = UInt8(ascii: "-")
  private static let point = UInt8(ascii: ".")

  /// Reads all of `bytes` as a number, or returns `nil`. Thousands may be grouped with a
  /// comma, and also with spaces when `spaceGroups` is set (`12 500`); groups after the
  /// first have exactly three digits.
  init?(_ bytes: UnsafeBufferPointer<UInt8>, spaceGroups: Bool = false) {
    var index = 0
    if index < bytes.count, bytes[index] == Self.plus || bytes[index] == Self.minus {
      isNegative = bytes[index] == Self.minus
      index += 1
    } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x88,
      bytes[index + 2] == 0x92
    {
      isNegative = true
      index += 3
    }
    let parsed: (plain: String, isWhole: Bool)? = withUnsafeTemporaryAllocation(
      of: UInt8.self, capacity: bytes.count + 1
    ) { buffer in
      Self.digits(bytes, from: index, negative: isNegative, spaceGroups: spaceGroups, into: buffer)
    }
    guard let parsed else { return nil }
    self.plain = parsed.plain
    self.isWhole = parsed.isWhole
  }

  /// Copies the digits and point of `bytes` from `start` into `plain`, checking the
  /// grouping; returns the plain text and whether it is whole.
  private static func digits(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, negative isNegative: Bool,
    spaceGroups: Bool, into plain: UnsafeMutableBufferPointer<UInt8>
  ) -> (plain: String, isWhole: Bool)? {
    var index = start
    var count = 0
    var isWhole = true
    func append(_ byte: UInt8) {
      plain[count] = byte
      count += 1
    }
    if isNegative { append(Self.minus) }
    var groupLength = 0
    var grouped = false
    var integerDigits = 0
    while index < bytes.count {
      let byte = bytes[index]
      if ByteCursor.digit(byte) != nil {
        append(byte)
        groupLength += 1
        integerDigits += 1
        index += 1
        continue
      }
      let separatorLength =
        byte == UInt8(ascii: ",") ? 1 : spaceGroups ? CellText.spaceLength(bytes, at: index) : 0
      guard separatorLength > 0 else { break }
      // A group separator: the group before it is the first (1–3 digits) or has 3.
      guard grouped ? groupLength == 3 : (1...3).contains(groupLength) else { return nil }
      grouped = true
      groupLength = 0
      index += separatorLength
    }
    if grouped, groupLength != 3 { return nil }
    var fractionDigits = 0
    if index < bytes.count, bytes[index] == Self.point {
      append(Self.point)
      index += 1
      while index < bytes.count, let digit = ByteCursor.digit(bytes[index]) {
        append(bytes[index])
        if digit != 0 { isWhole = false }
        fractionDigits += 1
        index += 1
      }
    }
    guard index == bytes.count, integerDigits + fractionDigits > 0 else { return nil }
    return (
      String(decoding: UnsafeBufferPointer(rebasing: plain[0..<count]), as: UTF8.self), isWhole
    )
  }

  /// The value as a `Double`, as the decimal text reads.
  var double: Double? {
    Double(plain).flatMap { $0.isFinite ? $0 : nil }
  }

  /// The value as a whole number, when it is one and fits.
  var integer: Int? {
    guard isWhole, let value = double, let integer = Int(exactly: value.rounded(.towardZero))
    else { return nil }
    return integer
  }
}
