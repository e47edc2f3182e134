/// What a workbook's `styles.xml` says about numbers: for each cell style (`s="3"`), whether
/// its number format makes the cell a date, a date and time, a time, or a plain number.
struct XlsxStyles {
  private var kinds: [NumberFormatKind] = []

  /// No styles: every number is a number.
  init() {}

  /// Reads `part` of `package`.
  init(part: String, in package: XlsxPackage) throws {
    let handler = Handler()
    try package.parse(part, into: handler, limit: package.limits.workbookSmallPartBytes)
    kinds = handler.formatIDs.map { id in
      handler.codes[id].map { NumberFormatKind.of(code: $0) } ?? .builtIn(id)
    }
  }

  /// Creates styles from format ids and codes directly (for tests).
  init(formatIDs: [Int], codes: [Int: String] = [:]) {
    kinds = formatIDs.map { id in codes[id].map { NumberFormatKind.of(code: $0) } ?? .builtIn(id) }
  }

  /// The kind of number a cell of style `index` holds (`.number` for an unknown style).
  func kind(ofStyle index: Int) -> NumberFormatKind {
    index >= 0 && index < kinds.count ? kinds[index] : .number
  }

  private final class Handler: XMLEventHandler {
    var codes: [Int: String] = [:]
    var formatIDs: [Int] = []
    var inCellFormats = false
    var stopReason: (any Error)? { nil }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
      if name.is("numFmt") {
        if let id = attributes.value("numFmtId").flatMap(XMLBytes.unsigned),
          let code = attributes.text("formatCode")
        {
          codes[id] = code
        }
      } else if name.is("cellXfs") {
        inCellFormats = true
      } else if name.is("xf"), inCellFormats {
        formatIDs.append(attributes.value("numFmtId").flatMap(XMLBytes.unsigned) ?? 0)
      }
    }

    func end(_ name: XMLName) {
      if name.is("cellXfs") { inCellFormats = false }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
  }
}
