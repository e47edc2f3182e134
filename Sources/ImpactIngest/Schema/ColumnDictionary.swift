import ImpactModel

/// Finds the canonical column each header cell names, for one kind of file.
///
/// Built from the config's aliases, the layouts of common exports (`layouts.txt`), the
/// canonical names, the built-in aliases (`columns.txt`) and the extra participant columns
/// that priority-group rules read. When two cells could be one column, the better source
/// wins (``Source``: the config's alias over a layout's name over the canonical name over a
/// built-in alias over a question's wording found inside a header), then the cell further
/// left; the other cell is listed as unknown.
struct ColumnDictionary: Sendable {
  /// Where a header name comes from; a lower one wins.
  enum Source: Int, Comparable, Sendable {
    case config, layout, canonical, builtIn, wording

    static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
  }

  /// A column a header cell could be, and why.
  struct Candidate: Sendable, Equatable {
    var column: Column
    var source: Source
  }

  /// A standard question's wording, found inside a header: its normalised parts, in order.
  private struct Wording: Sendable {
    var parts: [String]
    var column: Column
    var length: Int
  }

  let kind: FileKind
  private var exact: [String: [Candidate]] = [:]
  /// The header names of the person keys (`email`, then `full name`), normalised, for
  /// attendance and feedback files without a participant_id column.
  private var personKeys: [(key: String, headers: Set<String>)] = []
  /// The header names of a first name and a last name, normalised: with neither person key,
  /// the full name is the two joined.
  private var nameParts: (first: Set<String>, last: Set<String>) = ([], [])
  private var wordings: [Wording] = []

  init(kind: FileKind, configAliases: [String: [String]] = [:], extraFields: [String] = []) {
    self.kind = kind
    // Config aliases first: an organisation's own names win over a built-in alias.
    for (name, aliases) in configAliases.sorted(by: { $0.key < $1.key }) {
      for alias in aliases { add(alias, for: Column(name), .config) }
    }
    let builtIn = CanonicalColumns.builtIn(for: kind)
    for column in builtIn { add(column.column.name, for: column.column, .canonical) }
    for column in builtIn {
      for alias in column.aliases {
        if alias.hasPrefix("~") {
          addWording(String(alias.dropFirst()), for: column.column)
        } else {
          add(alias, for: column.column, .builtIn)
        }
      }
    }
    if kind == .attendance || kind == .participants {
      for field in extraFields { add(field, for: Column(field), .canonical) }
    }
    if kind == .attendance || kind == .feedback {
      personKeys = VocabularyFile.columns.section("person_keys").entries.map {
        ($0.key, Set($0.items.map(HeaderName.normalise)))
      }
      let parts = VocabularyFile.columns.section("person_name_parts")
      nameParts = (
        Set(parts.items("first").map(HeaderName.normalise)),
        Set(parts.items("last").map(HeaderName.normalise))
      )
    }
  }

  /// Adds a header name; a name already given keeps its first column, unless this one is the
  /// same source (a wording or name listed for two columns, such as a SWEMWBS statement that
  /// is also a WEMWBS item).
  private mutating func add(_ header: String, for column: Column, _ source: Source) {
    let key = HeaderName.normalise(header)
    guard !key.isEmpty else { return }
    let known = exact[key] ?? []
    if let first = known.first, first.source != source { return }
    if known.contains(where: { $0.column == column }) { return }
    exact[key] = known + [Candidate(column: column, source: source)]
  }

  private mutating func addWording(_ text: String, for column: Column) {
    let parts = text.split(separator: "…").map { HeaderName.normalise(String($0)) }
      .filter { !$0.isEmpty }
    guard !parts.isEmpty else { return }
    wordings.append(
      Wording(parts: parts, column: column, length: parts.reduce(0) { $0 + $1.count }))
  }

  /// The canonical name a header cell stands for, if any (without a layout).
  func canonicalName(for header: String) -> Column? {
    candidates(for: HeaderNameForms(header), layout: nil).first?.column
  }

  /// The columns a header cell could be, all of the best source.
  private func candidates(for name: HeaderNameForms, layout: ExportLayout?) -> [Candidate] {
    var found: [Candidate] = []
    if let known = exact[name.normalised] ?? exact[name.withoutNumber] {
      found = known
    }
    if found.first?.source != .config, let layout {
      for (column, headers) in layout.columns
      where headers.contains(where: { HeaderName.normalise($0) == name.normalised }) {
        return [Candidate(column: column, source: .layout)]
      }
    }
    if !found.isEmpty { return found }
    var best = 0
    for wording in wordings where wording.length >= best && Self.holds(name.normalised, wording) {
      if wording.length > best {
        best = wording.length
        found = []
      }
      found.append(Candidate(column: wording.column, source: .wording))
    }
    return found
  }

  /// Whether a normalised header holds a wording's parts in order.
  private static func holds(_ header: String, _ wording: Wording) -> Bool {
    var rest = header[...]
    for part in wording.parts {
      guard let range = rest.range(of: part) else { return false }
      rest = rest[range.upperBound...]
    }
    return true
  }

  /// Maps a header row to column positions.
  func layout(for header: [String]) -> ColumnLayout {
    let names = header.map { HeaderNameForms(CellText.trimmed($0)) }
    let export = ExportLayout.matching(Set(names.map(\.normalised))).flatMap {
      $0.kind == kind ? $0 : nil
    }
    var layout = ColumnLayout()
    layout.export = export
    layout.headerText = names.map(\.text)
    var options: [(position: Int, text: String, candidates: [Candidate])] = []
    for (position, name) in names.enumerated() where !name.text.isEmpty {
      options.append((position, name.text, candidates(for: name, layout: export)))
    }
    // A name shared by two scales goes to the scale the rest of the header shows.
    let shown = Set(
      options.compactMap { $0.candidates.count == 1 ? $0.candidates[0].column.family : nil })
    var best: [Column: (source: Source, position: Int)] = [:]
    var chosen: [Int: Candidate] = [:]
    for option in options {
      guard
        let candidate = option.candidates.first(where: { shown.contains($0.column.family) })
          ?? option.candidates.first
      else { continue }
      chosen[option.position] = candidate
      if let held = best[candidate.column], held.source <= candidate.source { continue }
      best[candidate.column] = (candidate.source, option.position)
    }
    for option in options {
      if let candidate = chosen[option.position],
        best[candidate.column]?.position == option.position
      {
        layout.position[candidate.column] = option.position
        layout.sources[candidate.column] = candidate.source
      } else {
        if let candidate = chosen[option.position] {
          layout.alternatives[candidate.column, default: []].append(option.position)
        }
        layout.unknownColumns.append(option.text)
      }
    }
    if !layout.has(.participantID) { usePersonKey(names, &layout) }
    return layout
  }

  /// Without a participant_id column, the person is their email, else their full name: the
  /// first unused cell that names one, else a first-name and a last-name cell, joined.
  private func usePersonKey(_ names: [HeaderNameForms], _ layout: inout ColumnLayout) {
    let used = Set(layout.position.values)
    let unused = { (headers: Set<String>) in
      names.indices.first { headers.contains(names[$0].normalised) && !used.contains($0) }
    }
    for (key, headers) in personKeys {
      guard let position = unused(headers) else { continue }
      layout.position[.participantID] = position
      layout.personKey = key
      layout.unknownColumns.removeAll { $0 == names[position].text }
      return
    }
    guard let first = unused(nameParts.first), let last = unused(nameParts.last),
      let fullName = personKeys.last?.key
    else { return }
    layout.position[.participantID] = first
    layout.lastNamePosition = last
    layout.personKey = fullName
    layout.unknownColumns.removeAll { $0 == names[first].text || $0 == names[last].text }
  }
}

extension Column {
  /// The scale an item column belongs to (`swemwbs` for `swemwbs_3`); the name otherwise.
  fileprivate var family: String {
    guard let underscore = name.lastIndex(of: "_"),
      name[name.index(after: underscore)...].allSatisfy(\.isNumber)
    else { return name }
    return String(name[..<underscore])
  }
}

/// A header cell as written, normalised, and normalised without a leading question number
/// (`Q3.`, `3)`, `Question 3:`).
struct HeaderNameForms {
  var text: String
  var normalised: String
  var withoutNumber: String

  init(_ text: String) {
    self.text = text
    normalised = HeaderName.normalise(text)
    withoutNumber = HeaderName.normalise(HeaderName.droppingQuestionNumber(text))
  }
}

/// Where each canonical column stands in a file's rows.
struct ColumnLayout: Sendable {
  /// The position of each canonical column found.
  var position: [Column: Int] = [:]
  /// Header cells that name no canonical column (or repeat one already found).
  var unknownColumns: [String] = []
  /// The positions of further cells that could have been a column found, which lost to the
  /// one in `position` (two status columns, say).
  var alternatives: [Column: [Int]] = [:]
  /// The export layout the header shows, if any.
  var export: ExportLayout?
  /// Where the name of each column found came from.
  var sources: [Column: ColumnDictionary.Source] = [:]
  /// The header's cells as written, trimmed, by position.
  var headerText: [String] = []
  /// What stands for the person when the file has no participant_id column (`email`,
  /// `full name`); `nil` when it has one or neither.
  var personKey: String?
  /// The last-name cell joined after the participant_id cell (a first name) to make each
  /// person's full name, when a file has neither an id, an email nor a full name.
  var lastNamePosition: Int?
  /// The date (and programme) an attendance file without such columns takes from its name.
  var nameDate: Day?
  var nameProgramme: String?
  /// A register grid's date columns, each with its day (DATA.md "Real exports"); empty for
  /// a file of one row per attendance.
  var gridDates: [(position: Int, day: Day)] = []

  /// Whether the header holds a column.
  func has(_ column: Column) -> Bool { position[column] != nil }

  /// Reads `column` from the cell at `chosen`, one of its ``alternatives``: the cell read
  /// before becomes an alternative and an unknown column.
  mutating func choose(_ chosen: Int, for column: Column) {
    guard let held = position[column], held != chosen else { return }
    position[column] = chosen
    alternatives[column] = (alternatives[column] ?? []).filter { $0 != chosen } + [held]
    unknownColumns.removeAll { $0 == headerText[chosen] }
    unknownColumns.append(headerText[held])
  }

  /// Whether the header holds any measure column.
  var hasMeasure: Bool { position.keys.contains(where: CanonicalColumns.isMeasure) }
}
