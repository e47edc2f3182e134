import ImpactModel

/// Finds the canonical column a header names, for one kind of file.
///
/// Built from the built-in aliases, the config's extra aliases and the extra participant
/// columns that priority-group rules read.
struct ColumnDictionary: Sendable {
  let kind: FileKind
  private var canonicalByHeader: [String: Column] = [:]

  init(kind: FileKind, configAliases: [String: [String]] = [:], extraFields: [String] = []) {
    self.kind = kind
    // Config aliases first: an organisation's own names win over a built-in alias.
    for (name, aliases) in configAliases.sorted(by: { $0.key < $1.key }) {
      for alias in aliases { add(alias, for: Column(name)) }
    }
    for column in CanonicalColumns.builtIn(for: kind) {
      add(column.column.name, for: column.column)
    }
    for column in CanonicalColumns.builtIn(for: kind) {
      for alias in column.aliases { add(alias, for: column.column) }
    }
    if kind == .attendance || kind == .participants {
      for field in extraFields { add(field, for: Column(field)) }
    }
  }

  private mutating func add(_ header: String, for column: Column) {
    let key = HeaderName.normalise(header)
    if !key.isEmpty, canonicalByHeader[key] == nil { canonicalByHeader[key] = column }
  }

  /// The canonical name a header cell stands for, if any.
  func canonicalName(for header: String) -> Column? {
    canonicalByHeader[HeaderName.normalise(header)]
  }

  /// Maps a header row to column positions.
  func layout(for header: [String]) -> ColumnLayout {
    var layout = ColumnLayout()
    for (position, cell) in header.enumerated() {
      let trimmed = CellText.trimmed(cell)
      guard !trimmed.isEmpty else { continue }
      if let name = canonicalName(for: trimmed), layout.position[name] == nil {
        layout.position[name] = position
      } else {
        layout.unknownColumns.append(trimmed)
      }
    }
    return layout
  }
}

/// Where each canonical column stands in a file's rows.
struct ColumnLayout: Sendable {
  /// The position of each canonical column found.
  var position: [Column: Int] = [:]
  /// Header cells that name no canonical column (or repeat one already found).
  var unknownColumns: [String] = []

  /// Whether the header holds a column.
  func has(_ column: Column) -> Bool { position[column] != nil }

  /// Whether the header holds any measure column.
  var hasMeasure: Bool { position.keys.contains(where: CanonicalColumns.isMeasure) }
}
