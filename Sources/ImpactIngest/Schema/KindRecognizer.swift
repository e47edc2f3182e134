import ImpactModel

/// Tells a file's kind from its file name and header row, as DATA.md lays down.
struct KindRecognizer: Sendable {
  let dictionaries: [FileKind: ColumnDictionary]
  /// How ambiguous dates in a register grid's header are read when the header does not tell.
  let dateOrder: DateOrder

  init(configuration: ImpactConfiguration) {
    dateOrder = configuration.dateOrder
    let extra = Self.extraFields(of: configuration).sorted()
    var dictionaries: [FileKind: ColumnDictionary] = [:]
    for kind in FileKind.allCases {
      dictionaries[kind] = ColumnDictionary(
        kind: kind, configAliases: configuration.columnAliases[kind] ?? [:], extraFields: extra)
    }
    self.dictionaries = dictionaries
  }

  /// The extra participant columns that priority-group rules read (fields that are not
  /// person fields, such as `care_experienced`).
  static func extraFields(of configuration: ImpactConfiguration) -> Set<String> {
    Set(configuration.priorityGroups.map(\.field).filter { PersonField(rawValue: $0) == nil })
  }

  /// The kind a file name announces (`attendance-2025-q1.csv`), if any.
  static func kind(forFileName name: String) -> FileKind? {
    let lower = name.lowercased()
    if lower.hasPrefix("attendance") { return .attendance }
    if lower.hasPrefix("participant") { return .participants }
    if lower.hasPrefix("feedback") { return .feedback }
    if lower.hasPrefix("funding") { return .funding }
    return nil
  }

  /// The kind a header row makes the file, and its layout; `nil` when it fits no kind.
  ///
  /// With a kind announced by the file name, only that kind's rule is tried; a header that
  /// shows a known export's layout tries that layout's kind first. A header that shows a
  /// survey tool's layout is never read as participant profiles.
  ///
  /// An attendance file may take its date, and its programme, from its file name
  /// (`fromName`) when it has no such column; the layout then carries them.
  func recognise(
    header: [String], named: FileKind?, fromName: FileNameFacts = FileNameFacts(),
    title: String? = nil
  ) -> (FileKind, ColumnLayout)? {
    var layouts: [FileKind: ColumnLayout] = [:]
    func layout(_ kind: FileKind) -> ColumnLayout {
      if let known = layouts[kind] { return known }
      let made = dictionaries[kind]!.layout(for: header)
      layouts[kind] = made
      return made
    }
    var order: [FileKind] = named.map { [$0] } ?? [.funding, .feedback, .attendance, .participants]
    var export: ExportLayout?
    for kind in FileKind.allCases where export == nil { export = layout(kind).export }
    if named == nil, let export {
      order.removeAll { $0 == export.kind }
      order.insert(export.kind, at: 0)
      if export.kind == .feedback { order.removeAll { $0 == .participants } }
    }
    // A participants file is recognised by having no date column, which only the
    // attendance and feedback dictionaries know.
    let hasDate = layout(.attendance).has(.date) || layout(.feedback).has(.date)
    for kind in order {
      var found = layout(kind)
      if kind == .attendance, !found.has(.date), let day = fromName.date {
        found.nameDate = day
        if !found.has(.programme) { found.nameProgramme = fromName.programme }
      }
      if Self.fits(kind, layout: found, named: named != nil, hasDate: hasDate) {
        return (kind, found)
      }
      if kind == .attendance, let grid = registerGrid(found, title: title, fromName: fromName) {
        return (kind, grid)
      }
    }
    return nil
  }

  /// An attendance layout read as a register grid (DATA.md "Real exports"): identifying
  /// columns (a participant), then at least two columns headed by dates, a mark in each
  /// cell; the programme from the title row above the header, else the file name. `nil` when
  /// the header is no grid.
  func registerGrid(
    _ layout: ColumnLayout, title: String?, fromName: FileNameFacts
  ) -> ColumnLayout? {
    guard layout.has(.participantID), !layout.has(.date), layout.export == nil else { return nil }
    let dated = layout.headerText.indices.filter { position in
      !layout.position.values.contains(position)
        && DateParser.mayBeGridDate(layout.headerText[position])
    }
    guard dated.count >= 2 else { return nil }
    let demanded = Set(
      dated.compactMap { position in
        Array(layout.headerText[position].utf8).withUnsafeBufferPointer {
          DateParser.demandedOrder($0)
        }
      })
    let parser = DateParser(order: demanded.count == 1 ? demanded.first! : dateOrder)
    let days = dated.compactMap { position in
      parser.parse(layout.headerText[position]).value.map { (position: position, day: $0) }
    }
    guard days.count >= 2 else { return nil }
    var grid = layout
    grid.gridDates = days
    let used = Set(days.map(\.position))
    grid.unknownColumns = layout.headerText.indices.filter { position in
      !used.contains(position) && !layout.position.values.contains(position)
        && !layout.headerText[position].isEmpty
    }.map { layout.headerText[$0] }
    if !layout.has(.programme) {
      grid.nameProgramme = title.flatMap(FileNameFacts.programme(in:)) ?? fromName.programme
      guard grid.nameProgramme != nil else { return nil }
    }
    return grid
  }

  /// Whether a layout satisfies a kind's rule.
  static func fits(_ kind: FileKind, layout: ColumnLayout, named: Bool, hasDate: Bool) -> Bool {
    switch kind {
    case .funding:
      return layout.has(.funder) && layout.has(.amount)
    case .feedback:
      return layout.has(.date) && (layout.hasMeasure || (named && layout.has(.comment)))
    case .attendance:
      return (layout.has(.date) || layout.nameDate != nil)
        && (layout.has(.programme) || layout.nameProgramme != nil)
        && (layout.has(.participantID) || layout.has(.headcount))
    case .participants:
      return layout.has(.participantID) && (named || !hasDate)
    }
  }

  /// What a file of each kind needs, for the message when a file fits none.
  static let requirements: [(FileKind, String)] = [
    (.attendance, "`date`, `programme`, and `participant_id` or `headcount`"),
    (.participants, "`participant_id` (and no `date`)"),
    (.feedback, "`date` and a measure column (`swemwbs_1`…, `ons_happy`, `satisfaction`, …)"),
    (.funding, "`funder` and `amount`"),
  ]
}
