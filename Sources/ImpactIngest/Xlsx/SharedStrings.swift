/// A workbook's shared strings (`sharedStrings.xml`): the texts that cells of type `s` point
/// to by index, held as one run of UTF-8 bytes and their ends (no string per entry).
///
/// Rich-text runs are joined; phonetic guides (`rPh`) are left out, as Excel shows them.
/// The part's declared `count` is never trusted for allocation: the table grows as read.
final class SharedStrings {
  private var bytes: [UInt8] = []
  private var ends: [Int] = []

  /// How many strings there are.
  var count: Int { ends.count }

  /// An empty table (a workbook without shared strings).
  init() {}

  /// Reads `part` of `package`.
  init(part: String, in package: XlsxPackage) throws {
    let handler = Handler(into: self)
    try package.parse(part, into: handler, limit: package.limits.sharedStringsBytes)
  }

  /// Calls `body` with the bytes of string `index`, or returns `nil` when there is none.
  func withString<Result>(
    _ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result? {
    guard index >= 0, index < ends.count else { return nil }
    let start = index == 0 ? 0 : ends[index - 1]
    return try bytes.withUnsafeBufferPointer {
      try body(UnsafeBufferPointer(rebasing: $0[start..<ends[index]]))
    }
  }

  /// String `index` as text, or `nil` (for tests and messages).
  subscript(index: Int) -> String? {
    withString(index) { String(decoding: $0, as: UTF8.self) }
  }

  private final class Handler: XMLEventHandler {
    unowned let table: SharedStrings
    var inItem = false
    var inText = false
    var phoneticDepth = 0
    var stopReason: (any Error)? { nil }

    init(into table: SharedStrings) {
      self.table = table
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
      if name.is("si") {
        inItem = true
      } else if name.is("rPh") {
        phoneticDepth += 1
      } else if name.is("t") {
        inText = inItem && phoneticDepth == 0
      }
    }

    func end(_ name: XMLName) {
      if name.is("si") {
        table.ends.append(table.bytes.count)
        inItem = false
      } else if name.is("rPh") {
        phoneticDepth -= 1
      } else if name.is("t") {
        inText = false
      }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
      if inText { table.bytes.append(contentsOf: bytes) }
    }
  }
}
