import ImpactModel

/// Reads the `columns:` section: per kind of file, extra header names for canonical columns.
struct ColumnAliasesReader {
  /// The canonical column names per kind, including extra columns the priority groups read.
  var knownColumns: [FileKind: Set<String>]

  /// The aliases per kind, per canonical column.
  func read(_ value: ConfigValue) throws(ConfigError) -> [FileKind: [String: [String]]] {
    let kinds = FileKind.allCases.map(\.rawValue)
    let entries = try value.entries(
      accepting: kinds, role: "a kind of file",
      expected: "columns must be a section per kind of file (\(kinds.joined(separator: ", ")))")
    var aliases: [FileKind: [String: [String]]] = [:]
    for entry in entries {
      let kind = FileKind(rawValue: entry.key)!
      let accepted = (knownColumns[kind] ?? []).sorted()
      let columns = try entry.value.entries(
        accepting: accepted, role: "a column name of \(kind.rawValue) files",
        expected: "write one line per column, such as participant_id: [\"Ticket holder ref\"]")
      var kindAliases: [String: [String]] = [:]
      for column in columns {
        kindAliases[column.key] = try column.value.textList(
          expected: "write the extra header names as a list of texts, such as "
            + "[\"Ticket holder ref\", \"Booker ID\"]")
      }
      aliases[kind] = kindAliases
    }
    return aliases
  }
}
