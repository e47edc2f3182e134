/// The bounds a workbook must keep to be read: how far its parts may inflate, how wide a row
/// and how long a cell may be. A real workbook is far inside them; a hostile one (a ZIP bomb,
/// a sheet claiming a billion columns) meets a message, never unbounded memory.
struct XlsxLimits: Sendable {
  /// The most bytes any one part may inflate to (a million-row sheet is a few hundred MB).
  var partSize = 4 << 30
  /// The most a part may inflate relative to its packed size, once it is past `ratioFloor`.
  var ratio = 250
  /// The inflated size below which the ratio is not checked (small parts pack very well).
  var ratioFloor = 8 << 20
  /// The most bytes the shared strings (kept in memory for lookups) may inflate to.
  var sharedStringsSize = 1 << 30
  /// The most bytes a small part (relationships, workbook, styles) may inflate to.
  var smallPartSize = 64 << 20
  /// The widest row: Excel's last column is XFD, the 16,384th.
  var columns = 16_384
  /// The most UTF-8 bytes of one cell (Excel holds 32,767 characters).
  var cellBytes = 32_767 * 4

  /// The bounds for real use.
  static let standard = XlsxLimits()
}
