import CXlsxWriter

/// The benchmark's workbook, written with libxlsxwriter in constant-memory mode: every sheet
/// keeps only its current row in memory, so a million rows take no more memory than ten. The
/// one place `impact-bench` calls into libxlsxwriter.
///
/// Cells are typed as a spreadsheet user's would be: a plain decimal number (`60`, `1.25`) as a
/// number, an ISO date (`2025-04-08`) as a date with the format `yyyy-mm-dd`, anything else as
/// text; an empty field writes no cell.
final class BenchWorkbook {
  /// Why the workbook could not be written.
  enum Failure: Error, CustomStringConvertible {
    case create(path: String)
    case sheet(path: String, name: String)
    case write(path: String, sheet: String, row: Int, reason: String)
    case close(path: String, reason: String)

    var description: String {
      switch self {
      case .create(let path):
        return "Could not start the workbook \(path): check that its folder exists and is writable."
      case .sheet(let path, let name):
        return "Could not add the sheet \(name) to \(path) (a sheet name is at most 31 characters)."
      case .write(let path, let sheet, let row, let reason):
        return "Could not write row \(row + 1) of \(sheet) in \(path): \(reason)."
      case .close(let path, let reason):
        return "Could not save \(path): \(reason). Check the free space where it is written."
      }
    }
  }

  /// The most rows a sheet holds (Excel's limit).
  static let maximumRows = 1_048_576

  let path: String
  private var workbook: UnsafeMutablePointer<lxw_workbook>?
  private let dateFormat: UnsafeMutablePointer<lxw_format>?

  /// Starts a workbook that ``close()`` writes at `path`.
  init(path: String) throws(Failure) {
    self.path = path
    var options = lxw_workbook_options()
    options.constant_memory = 1
    options.use_zip64 = 1
    guard let workbook = path.withCString({ workbook_new_opt($0, &options) }) else {
      throw .create(path: path)
    }
    self.workbook = workbook
    dateFormat = workbook_add_format(workbook)
    format_set_num_format(dateFormat, "yyyy-mm-dd")
  }

  deinit {
    if let workbook { lxw_workbook_free(workbook) }
  }

  /// A sheet being written, row after row.
  struct Sheet {
    fileprivate let pointer: UnsafeMutablePointer<lxw_worksheet>
    let name: String
    /// The rows written so far.
    fileprivate(set) var rows = 0
  }

  /// Adds a sheet named `name`.
  func addSheet(_ name: String) throws(Failure) -> Sheet {
    guard let workbook, let sheet = workbook_add_worksheet(workbook, name) else {
      throw .sheet(path: path, name: name)
    }
    return Sheet(pointer: sheet, name: name)
  }

  /// Writes `fields` as the next row of `sheet`.
  func write(_ fields: [String], to sheet: inout Sheet) throws(Failure) {
    guard sheet.rows < Self.maximumRows else {
      throw .write(
        path: path, sheet: sheet.name, row: sheet.rows,
        reason: "a sheet holds at most 1,048,576 rows")
    }
    let row = UInt32(sheet.rows)
    for (index, field) in fields.enumerated() where !field.isEmpty {
      let column = UInt16(index)
      let result: lxw_error
      if let number = Self.number(field) {
        result = worksheet_write_number(sheet.pointer, row, column, number, nil)
      } else if var day = Self.isoDate(field) {
        result = worksheet_write_datetime(sheet.pointer, row, column, &day, dateFormat)
      } else {
        result = worksheet_write_string(sheet.pointer, row, column, field, nil)
      }
      guard result == LXW_NO_ERROR else {
        throw .write(
          path: path, sheet: sheet.name, row: sheet.rows,
          reason: lxw_strerror(result).map { String(cString: $0) } ?? "unknown error")
      }
    }
    sheet.rows += 1
  }

  /// Saves the workbook.
  func close() throws(Failure) {
    guard let workbook else { return }
    self.workbook = nil
    let result = workbook_close(workbook)
    guard result == LXW_NO_ERROR else {
      throw .close(path: path, reason: lxw_strerror(result).map { String(cString: $0) } ?? "")
    }
  }

  /// The value of a plain decimal number that reads back as the same text (`60`, `-2.5`; not
  /// `007`, `2.50`, `1e3` or more than 15 digits), or `nil`.
  static func number(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    var digits = bytes[...]
    if digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.count <= 15 else { return nil }
    let point = digits.firstIndex(of: UInt8(ascii: "."))
    let whole = digits[..<(point ?? digits.endIndex)]
    let fraction = point.map { digits[($0 + 1)...] } ?? []
    func allDigits(_ part: ArraySlice<UInt8>) -> Bool {
      part.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
    guard !whole.isEmpty, allDigits(whole), allDigits(fraction) else { return nil }
    guard whole.count == 1 || whole.first != UInt8(ascii: "0") else { return nil }
    if point != nil, fraction.last ?? UInt8(ascii: "0") == UInt8(ascii: "0") { return nil }
    return Double(text)
  }

  /// The date of an ISO `yyyy-mm-dd` text that names a real day (so `2025-02-31` stays text),
  /// or `nil`.
  static func isoDate(_ text: String) -> lxw_datetime? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int32(parts[0]), let month = Int32(parts[1]), let day = Int32(parts[2]),
      (1...12).contains(month), day >= 1
    else { return nil }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    let lengths: [Int32] = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day <= lengths[Int(month) - 1] else { return nil }
    return lxw_datetime(year: year, month: month, day: day, hour: 0, min: 0, sec: 0)
  }
}
