import Foundation

/// A small RFC 4180 reader, for checking what the program wrote (`indicators.csv`, the sample
/// data) without its own reader: quoted fields, doubled quotes, `\n` or `\r\n` line ends.
public enum SimpleCSV {
  /// The records of `text`, fields split at `delimiter`.
  public static func parse(_ text: String, delimiter: Character = ",") -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var inQuotes = false
    var characters = Array(text)
    characters.append("\n")
    var index = 0
    while index < characters.count {
      let character = characters[index]
      if inQuotes {
        if character == "\"" {
          if index + 1 < characters.count && characters[index + 1] == "\"" {
            field.append("\"")
            index += 1
          } else {
            inQuotes = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" && field.isEmpty {
        inQuotes = true
      } else if character == delimiter {
        record.append(field)
        field = ""
      } else if character == "\n" || character == "\r\n" {
        record.append(field)
        field = ""
        records.append(record)
        record = []
      } else if character != "\r" {
        field.append(character)
      }
      index += 1
    }
    if records.last == [""] { records.removeLast() }
    return records
  }
}
