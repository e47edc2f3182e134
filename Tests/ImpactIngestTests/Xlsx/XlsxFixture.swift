import Foundation
import ZIPFoundation

/// A workbook written part by part for a test: each sheet's `sheetData` (or whole XML), the
/// shared strings, the cell styles' number formats and the date system, packed with
/// ZIPFoundation, so that every cell type and every hostile part can be spelled out exactly.
struct XlsxFixture {
  struct Sheet {
    var name: String
    /// The rows, as the XML inside `<sheetData>`; ignored when `xml` is set.
    var rows: String = ""
    var hidden = false
    /// The whole part, for hostile cases.
    var xml: String?
  }

  var sheets: [Sheet]
  /// The shared strings, each the XML inside one `<si>`.
  var sharedStrings: [String] = []
  /// The number format id of each cell style (`s="0"` is the first).
  var styleFormats: [Int] = [0]
  /// Custom number formats, by id.
  var customFormats: [Int: String] = [:]
  var uses1904Dates = false
  /// Parts to add or replace, by path, as bytes.
  var parts: [String: [UInt8]] = [:]

  static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// The texts of a plain cell row: `cells(2, "s:0", "n:45200@1")` is not used; rows are XML.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// Writes the workbook to `path`.
  func write(to path: String) throws {
    var files: [String: [UInt8]] = [:]
    func put(_ name: String, _ text: String) { files[name] = Array(text.utf8) }
    put(
      "[Content_Types].xml",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
      <Default Extension="xml" ContentType="application/xml"/></Types>
      """)
    put(
      "_rels/.rels",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      <Relationship Id="rId1" Type="\(Self.rel)/officeDocument" Target="xl/workbook.xml"/>\
      </Relationships>
      """)
    var sheetList = ""
    var rels = ""
    for (index, sheet) in sheets.enumerated() {
      let state = sheet.hidden ? " state=\"hidden\"" : ""
      sheetList +=
        "<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(index + 1)\"\(state) r:id=\"rId\(index + 1)\"/>"
      rels +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.rel)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
      put(
        "xl/worksheets/sheet\(index + 1).xml",
        sheet.xml
          ?? """
          <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
          <worksheet xmlns="\(Self.main)" xmlns:r="\(Self.rel)"><dimension ref="A1"/>\
          <sheetData>\(sheet.rows)</sheetData></worksheet>
          """)
    }
    let count = sheets.count
    rels +=
      "<Relationship Id=\"rId\(count + 1)\" Type=\"\(Self.rel)/styles\" Target=\"styles.xml\"/>"
    rels +=
      "<Relationship Id=\"rId\(count + 2)\" Type=\"\(Self.rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    put(
      "xl/workbook.xml",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <workbook xmlns="\(Self.main)" xmlns:r="\(Self.rel)">\
      <workbookPr\(uses1904Dates ? " date1904=\"1\"" : "")/><sheets>\(sheetList)</sheets></workbook>
      """)
    put(
      "xl/_rels/workbook.xml.rels",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
      \(rels)</Relationships>
      """)
    let formats = customFormats.keys.sorted().map {
      "<numFmt numFmtId=\"\($0)\" formatCode=\"\(Self.escape(customFormats[$0]!))\"/>"
    }.joined()
    let xfs = styleFormats.map { "<xf numFmtId=\"\($0)\" fontId=\"0\" applyNumberFormat=\"1\"/>" }
      .joined()
    put(
      "xl/styles.xml",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <styleSheet xmlns="\(Self.main)"><numFmts count="\(customFormats.count)">\(formats)</numFmts>\
      <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>\
      <cellXfs count="\(styleFormats.count)">\(xfs)</cellXfs></styleSheet>
      """)
    put(
      "xl/sharedStrings.xml",
      """
      <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
      <sst xmlns="\(Self.main)" count="\(sharedStrings.count)" uniqueCount="\(sharedStrings.count)">\
      \(sharedStrings.map { "<si>\($0)</si>" }.joined())</sst>
      """)
    for (name, bytes) in parts { files[name] = bytes }
    try Self.zip(files, to: path)
  }

  /// Packs `files` (path to bytes, deflated) into a ZIP at `path`.
  static func zip(_ files: [String: [UInt8]], to path: String) throws {
    try? FileManager.default.removeItem(atPath: path)
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
    for name in files.keys.sorted() {
      let data = Data(files[name]!)
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
      ) { position, size in
        data.subdata(in: Int(position)..<Int(position) + size)
      }
    }
  }

  /// A row of cells from `(reference, attributes, inner XML)`.
  static func row(_ number: Int, _ cells: [String]) -> String {
    "<row r=\"\(number)\">" + cells.joined() + "</row>"
  }

  /// A shared-string cell.
  static func s(_ reference: String, _ index: Int) -> String {
    "<c r=\"\(reference)\" t=\"s\"><v>\(index)</v></c>"
  }

  /// An inline-string cell.
  static func inline(_ reference: String, _ text: String) -> String {
    "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
  }

  /// A number cell, with a style.
  static func n(_ reference: String, _ value: String, style: Int = 0) -> String {
    "<c r=\"\(reference)\" s=\"\(style)\"><v>\(value)</v></c>"
  }
}
