import ImpactFiles

/// Reading: finding a file's delimiter, and splitting a header line at it.
extension Delimiter {
  /// Finds the delimiter from the first lines of a file.
  ///
  /// Goes through `sampleLines` in order, trying comma, semicolon and tab on each; the first
  /// line and delimiter whose fields `isHeader` accepts win. If none does, the delimiter that
  /// occurs most often outside quotes on the first non-empty line wins, ties going to the
  /// earlier of comma, semicolon, tab (so comma when there is none).
  static func sniff(sampleLines: [String], isHeader: ([String]) -> Bool) -> Delimiter {
    for line in sampleLines {
      for delimiter in allCases where isHeader(delimiter.splitFields(of: line)) {
        return delimiter
      }
    }
    guard let first = sampleLines.first(where: { !$0.allSatisfy(\.isWhitespace) }) else {
      return .comma
    }
    var best = Delimiter.comma
    var bestCount = 0
    for delimiter in allCases {
      let count = delimiter.occurrencesOutsideQuotes(in: first)
      if count > bestCount {
        best = delimiter
        bestCount = count
      }
    }
    return best
  }

  /// Splits one line at this delimiter, honouring double quotes: a quoted field may hold the
  /// delimiter, and `""` inside quotes is one quote mark. Spaces around fields and the quotes
  /// themselves are removed. Good enough for a header; records are read with libcsv.
  func splitFields(of line: String) -> [String] {
    var fields: [String] = []
    var field: [UInt8] = []
    var inQuotes = false
    var wasQuoted = false
    let bytes = Array(line.utf8)
    var index = 0
    let quote = UInt8(ascii: "\"")
    func endField() {
      var text = field[...]
      if !wasQuoted {
        while let last = text.last, last == 0x20 || last == 0x09 { text = text.dropLast() }
      }
      fields.append(String(decoding: text, as: UTF8.self))
      field.removeAll()
      wasQuoted = false
    }
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if inQuotes {
        if byte != quote {
          field.append(byte)
        } else if index < bytes.count && bytes[index] == quote {
          field.append(byte)
          index += 1
        } else {
          inQuotes = false
        }
      } else if byte == rawValue {
        endField()
      } else if wasQuoted {
        continue  // text after a closing quote: malformed, left out
      } else if byte == quote && field.isEmpty {
        inQuotes = true
        wasQuoted = true
      } else if !field.isEmpty || (byte != 0x20 && byte != 0x09) {
        field.append(byte)
      }
    }
    endField()
    return fields
  }

  /// How often this delimiter occurs in `line` outside double quotes.
  func occurrencesOutsideQuotes(in line: String) -> Int {
    var count = 0
    var inQuotes = false
    for byte in line.utf8 {
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
      } else if byte == rawValue && !inQuotes {
        count += 1
      }
    }
    return count
  }
}
