import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads a written workbook back the way a strict reader does: unzips it, parses its XML
/// with Foundation's parser and decodes the `_xHHHH_` escapes of cell text.
struct WorkbookReader {
  /// A cell as stored: text, a number, or a formula (which the workbook must never hold).
  enum Cell: Equatable {
    case text(String)
    case number(Double)
    case formula(String)
  }

  let entries: [String: Data]
  /// Sheet names in tab order, with their part paths.
  let sheets: [(name: String, part: String)]
  let sharedStrings: [String]

  init(path: String) throws {
    let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
    var entries: [String: Data] = [:]
    for entry in archive {
      var data = Data()
      _ = try archive.extract(entry) { data.append($0) }
      entries[entry.path] = data
    }
    self.entries = entries
    let relations = XMLElements(entries["xl/_rels/workbook.xml.rels"] ?? Data())
      .all("Relationship")
    let targets = Dictionary(
      relations.map { ($0["Id"] ?? "", $0["Target"] ?? "") }, uniquingKeysWith: { a, _ in a })
    sheets = XMLElements(entries["xl/workbook.xml"] ?? Data()).all("sheet").map {
      (name: $0["name"] ?? "", part: "xl/" + (targets[$0["r:id"] ?? ""] ?? ""))
    }
    sharedStrings = SharedStrings.parse(entries["xl/sharedStrings.xml"] ?? Data())
  }

  func text(_ part: String) -> String {
    String(decoding: entries[part] ?? Data(), as: UTF8.self)
  }

  /// The cells of a sheet by reference (`A1`).
  func cells(of sheetName: String) -> [String: Cell] {
    guard let part = sheets.first(where: { $0.name == sheetName })?.part,
      let data = entries[part]
    else { return [:] }
    return SheetCells.parse(data, sharedStrings: sharedStrings)
  }

  /// The texts of a sheet's cells.
  func texts(of sheetName: String) -> Set<String> {
    Set(cells(of: sheetName).values.compactMap { if case .text(let t) = $0 { t } else { nil } })
  }

  /// Turns `_xHHHH_` escapes back into characters.
  static func unescape(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x",
        scalars[index + 6] == "_",
        let value = UInt32(
          String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])),
          radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        out.append(scalar)
        index += 7
      } else {
        out.append(scalars[index])
        index += 1
      }
    }
    return String(out)
  }
}

/// Elements of an XML part with their attributes, in document order.
struct XMLElements {
  struct Element {
    let name: String
    let attributes: [String: String]
    subscript(_ key: String) -> String? { attributes[key] }
  }

  let elements: [Element]

  init(_ data: Data) {
    let collector = Collector()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    parser.parse()
    elements = collector.elements
  }

  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      elements.append(Element(name: elementName, attributes: attributes))
    }
  }
}

/// `xl/sharedStrings.xml`: each `<si>`'s text.
enum SharedStrings {
  static func parse(_ data: Data) -> [String] {
    let collector = Collector()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    guard parser.parse() else { return [] }
    return collector.strings.map(WorkbookReader.unescape)
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current: String?
    var inText = false
    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      if elementName == "si" { current = "" }
      if elementName == "t" { inText = true }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText { current? += string }
    }
    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      if elementName == "t" { inText = false }
      if elementName == "si", let text = current {
        strings.append(text)
        current = nil
      }
    }
  }
}

/// A worksheet part's cells.
enum SheetCells {
  static func parse(_ data: Data, sharedStrings: [String]) -> [String: WorkbookReader.Cell] {
    let collector = Collector(sharedStrings: sharedStrings)
    let parser = XMLParser(data: data)
    parser.delegate = collector
    precondition(parser.parse(), "a worksheet is not well-formed XML")
    return collector.cells
  }

  private final class Collector: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    var cells: [String: WorkbookReader.Cell] = [:]
    var reference = ""
    var type = ""
    var value = ""
    var formula: String?
    var collecting = false

    init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      switch elementName {
      case "c":
        reference = attributes["r"] ?? ""
        type = attributes["t"] ?? "n"
        value = ""
        formula = nil
      case "v", "t":
        collecting = true
      case "f":
        formula = ""
        collecting = true
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard collecting else { return }
      if formula != nil { formula? += string } else { value += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      switch elementName {
      case "v", "t", "f": collecting = false
      case "c":
        if let formula {
          cells[reference] = .formula(formula)
        } else if type == "s", let index = Int(value), index < sharedStrings.count {
          cells[reference] = .text(sharedStrings[index])
        } else if type == "inlineStr" || type == "str" {
          cells[reference] = .text(WorkbookReader.unescape(value))
        } else if let number = Double(value) {
          cells[reference] = .number(number)
        }
      default: break
      }
    }
  }
}
