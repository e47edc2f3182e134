import Foundation
import ImpactModel
import Yams

/// Reads one return file (CONFIG.md, "Funder returns") into a ``FunderReturn``, checking each
/// question against the figures, breakdowns, groups and passages a run can answer; anything
/// not accepted is a ``ReturnError`` naming the file, the line, the question and what is
/// accepted, with "Did you mean …?" for a near miss.
public struct ReturnFileReader: Sendable {
  /// The keys of a return file, in the order CONFIG.md gives them.
  static let fileKeys = ["title", "funder", "questions"]
  /// The keys of a question answered by a figure.
  static let figureKeys = ["ask", "figure", "group_by", "group", "period", "show"]
  /// The keys of a question answered by a passage.
  static let textKeys = ["ask", "text", "words"]

  /// What the questions may name.
  public var vocabulary: ReturnVocabulary

  /// Creates a reader checking against `vocabulary`.
  public init(vocabulary: ReturnVocabulary) {
    self.vocabulary = vocabulary
  }

  /// Reads the return file at `path`.
  public func read(path: String) throws(ReturnError) -> FunderReturn {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadableFile(path: path, reason: "check that it exists and that you may read it")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadableFile(
        path: path, reason: "it is not UTF-8 text; save it as plain text (UTF-8)")
    }
    return try read(yaml: text, path: path)
  }

  /// Reads return-file text; `path` names the file in messages and gives the return its name.
  public func read(yaml: String, path: String) throws(ReturnError) -> FunderReturn {
    let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.dropFirst()) : yaml
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw .file(YamlErrorTranslation.configError(from: error, file: path))
    }
    let name = Self.name(ofFile: path)
    let start = ConfigLocation(file: path, line: 1, column: 1, keyPath: "")
    guard let root else {
      throw .file(.missingKey(start, key: "questions", advice: Self.questionsAdvice))
    }
    let rootValue = ConfigValue(node: root, file: path, keyPath: "")
    var title = name
    var funder: String?
    var questionsValue: ConfigValue?
    do {
      for entry in try rootValue.entries(
        accepting: Self.fileKeys,
        expected: "a return file holds title:, funder: and questions:, one per line")
      {
        switch entry.key {
        case "title":
          title = try entry.value.nonEmptyText(expected: "write the form's title, as printed")
        case "funder":
          funder = try entry.value.nonEmptyText(expected: "write the funder's name")
        default:
          questionsValue = entry.value
        }
      }
    } catch {
      throw .file(error)
    }
    guard let questionsValue else {
      throw .file(.missingKey(start, key: "questions", advice: Self.questionsAdvice))
    }
    let items: [ConfigValue]
    do {
      items = try questionsValue.items(expected: Self.questionsAdvice)
    } catch {
      throw .file(error)
    }
    guard !items.isEmpty else {
      throw .file(
        .invalidValue(
          questionsValue.location, value: "", problem: "holds no question",
          advice: Self.questionsAdvice))
    }
    var questions: [ReturnQuestion] = []
    for (index, item) in items.enumerated() {
      questions.append(try question(item, number: index + 1, funder: funder))
    }
    return FunderReturn(
      name: name, file: path, title: title, funder: funder, questions: questions)
  }

  /// The name a return's outputs carry: the file's name without its extension, in lower case,
  /// with each run of characters other than ASCII letters and digits made one `-`.
  public static func name(ofFile path: String) -> String {
    let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    var out = ""
    var pendingDash = false
    for scalar in base.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if pendingDash && !out.isEmpty { out += "-" }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    return out.isEmpty ? "return" : out
  }

  static let questionsAdvice =
    "list the form's questions under questions:, each starting \"- ask: \" with the question, "
    + "then figure: (an indicator id) or text: (a passage)"

  // MARK: Questions

  private func question(_ item: ConfigValue, number: Int, funder: String?)
    throws(ReturnError) -> ReturnQuestion
  {
    let entries: [ConfigValue.Entry]
    do {
      entries = try item.entries(
        accepting: nil,
        expected: "a question is a set of lines such as ask: …, then figure: … or text: …")
    } catch {
      throw .question(number: number, ask: nil, error)
    }
    let askEntry = entries.first { $0.key == "ask" }
    let ask = askEntry.flatMap { try? $0.value.nonEmptyText(expected: "") }
    do {
      return try question(entries, at: item, ask: ask, funder: funder)
    } catch {
      throw .question(number: number, ask: ask, error)
    }
  }

  private func question(
    _ entries: [ConfigValue.Entry], at item: ConfigValue, ask: String?, funder: String?
  ) throws(ConfigError) -> ReturnQuestion {
    let keys = entries.map(\.key)
    let isText = keys.contains("text")
    let isFigure = keys.contains("figure")
    if isText && isFigure, let entry = entries.first(where: { $0.key == "text" }) {
      throw .invalidValue(
        entry.keyLocation, value: "text", problem: "is given with figure",
        advice: "a question is answered by a figure or by a passage, not both; keep one")
    }
    let accepted = isText ? Self.textKeys : Self.figureKeys
    for entry in entries where !accepted.contains(entry.key) {
      let known = Self.figureKeys.contains(entry.key) || Self.textKeys.contains(entry.key)
      throw .unknownKey(
        entry.keyLocation, key: entry.key,
        role: known
          ? (isText ? "a setting of a text question" : "a setting of a figure question")
          : "a setting of a question",
        accepted: known ? accepted : Self.figureKeys + ["text", "words"],
        suggestion: known
          ? nil : KeySuggestion.nearest(to: entry.key, among: Self.figureKeys + ["text", "words"]))
    }
    guard let ask else {
      // An `ask` that is there but empty (or a list) is named as such.
      if let entry = entries.first(where: { $0.key == "ask" }) {
        _ = try entry.value.nonEmptyText(expected: "write the question as the form words it")
      }
      throw .missingKey(
        item.location, key: "ask", advice: "add ask: with the question as the form words it")
    }
    let value = { (key: String) in entries.first { $0.key == key } }
    if isText {
      return ReturnQuestion(
        ask: ask, answer: .text(try textAnswer(value("text")!, words: value("words"))),
        line: item.location.line)
    }
    guard let figureEntry = value("figure") else {
      throw .missingKey(
        item.location, key: "figure or text",
        advice: "add figure: with an indicator id (such as unique_participants) for a number, "
          + "or text: with a passage ("
          + ReturnPassage.allCases.map(\.rawValue).joined(separator: ", ") + ") for words")
    }
    let answer = try figureAnswer(
      figureEntry, groupBy: value("group_by"), group: value("group"), period: value("period"),
      show: value("show"), at: item, funder: funder)
    return ReturnQuestion(ask: ask, answer: .figure(answer), line: item.location.line)
  }

  private func textAnswer(_ text: ConfigValue.Entry, words: ConfigValue.Entry?)
    throws(ConfigError) -> ReturnAnswerSpec.Text
  {
    let names = ReturnPassage.allCases.map(\.rawValue)
    let name = try text.value.nonEmptyText(
      expected: "name a passage: " + names.joined(separator: ", "))
    guard let passage = ReturnPassage(rawValue: name) else {
      throw .unknownKey(
        text.value.location, key: name, role: "a passage the reports use", accepted: names,
        suggestion: KeySuggestion.nearest(to: name, among: names))
    }
    var limit: Int?
    if let words {
      let advice = "give the most words the answer may have, as a whole number such as 200"
      let count = try words.value.count(advice: advice)
      guard count > 0 else {
        throw .invalidValue(
          words.value.location, value: "0", problem: "leaves no room for an answer",
          advice: advice)
      }
      limit = count
    }
    return ReturnAnswerSpec.Text(passage: passage, words: limit)
  }

  private func figureAnswer(
    _ figure: ConfigValue.Entry, groupBy groupByEntry: ConfigValue.Entry?,
    group groupEntry: ConfigValue.Entry?, period periodEntry: ConfigValue.Entry?,
    show showEntry: ConfigValue.Entry?, at item: ConfigValue, funder: String?
  ) throws(ConfigError) -> ReturnAnswerSpec.Figure {
    let ids = vocabulary.figures.map(\.indicator.rawValue)
    let id = try figure.value.nonEmptyText(
      expected: "name an indicator id, such as unique_participants (see `impact indicators`)")
    guard let entry = vocabulary.figure(IndicatorID(id)) else {
      throw .unknownKey(
        figure.value.location, key: id, role: "a figure impact computes (see `impact indicators`)",
        accepted: ids, suggestion: KeySuggestion.nearest(to: id, among: ids))
    }
    var answer = ReturnAnswerSpec.Figure(indicator: entry.indicator)
    switch (groupByEntry, groupEntry) {
    case (let groupByEntry?, let groupEntry?):
      answer.groupBy = try breakdown(groupByEntry.value, of: entry)
      answer.group = try group(groupEntry.value, of: answer.groupBy)
    case (let groupByEntry?, nil):
      let groupBy = try breakdown(groupByEntry.value, of: entry)
      if groupBy != .all {
        throw .missingKey(
          item.location, key: "group",
          advice: "add group: with the group of \(groupBy.rawValue) to answer with"
            + Self.examples(vocabulary.groups[groupBy] ?? []))
      }
    case (nil, let groupEntry?):
      throw .missingKey(
        groupEntry.keyLocation, key: "group_by",
        advice: "add group_by: with the breakdown the group belongs to ("
          + entry.breakdowns.filter { $0 != .all }.map(\.rawValue).joined(separator: ", ") + ")")
    case (nil, nil):
      if let funder, entry.indicator == .income {
        answer.groupBy = .funder
        answer.group =
          matching(Group(funder), among: vocabulary.groups[.funder] ?? [])
          ?? Group(funder)
        answer.scopedToFunder = true
      }
    }
    if let periodEntry {
      let names = ReturnPeriod.allCases.map(\.rawValue)
      let text = try periodEntry.value.nonEmptyText(
        expected: "use " + names.joined(separator: ", "))
      guard let period = ReturnPeriod(rawValue: text) else {
        throw .unknownKey(
          periodEntry.value.location, key: text, role: "a period a return can ask for",
          accepted: names, suggestion: KeySuggestion.nearest(to: text, among: names))
      }
      answer.period = period
    }
    if let showEntry {
      answer.show = try fields(showEntry.value)
    }
    return answer
  }

  private func breakdown(_ value: ConfigValue, of figure: ReturnVocabulary.Figure)
    throws(ConfigError) -> GroupBy
  {
    let names = figure.breakdowns.map(\.rawValue)
    let name = try value.nonEmptyText(
      expected: "name a breakdown: " + names.joined(separator: ", "))
    guard let groupBy = figure.breakdowns.first(where: { $0.rawValue == name }) else {
      throw .unknownKey(
        value.location, key: name,
        role: "a breakdown of \(figure.indicator.rawValue)", accepted: names,
        suggestion: KeySuggestion.nearest(to: name, among: names))
    }
    return groupBy
  }

  private func group(_ value: ConfigValue, of groupBy: GroupBy) throws(ConfigError) -> Group {
    let known = vocabulary.groups[groupBy] ?? []
    let name = try value.nonEmptyText(
      expected: "name a group of \(groupBy.rawValue)" + Self.examples(known))
    if groupBy == .all, Group(name) == .all { return .all }
    guard let group = matching(Group(name), among: known) else {
      let labels = known.map(\.label)
      throw .unknownKey(
        value.location, key: name, role: "a group of \(groupBy.rawValue) in this data",
        accepted: labels, suggestion: KeySuggestion.nearest(to: name, among: labels))
    }
    return group
  }

  /// The known group `group` names, compared ignoring case.
  private func matching(_ group: Group, among known: [Group]) -> Group? {
    known.first { $0 == group } ?? known.first { $0.label.lowercased() == group.label.lowercased() }
  }

  private func fields(_ value: ConfigValue) throws(ConfigError) -> [ReturnField] {
    let names = ReturnField.allCases.map(\.rawValue)
    let advice =
      "list the parts of the figure to show, such as [value, n]: "
      + names.joined(
        separator: ", ")
    let items: [ConfigValue]
    if case .scalar = value.node {
      items = [value]
    } else {
      items = try value.items(expected: advice)
    }
    guard !items.isEmpty else {
      throw .invalidValue(value.location, value: "", problem: "shows nothing", advice: advice)
    }
    var fields: [ReturnField] = []
    for item in items {
      let name = try item.nonEmptyText(expected: advice)
      guard let field = ReturnField(rawValue: name) else {
        throw .unknownKey(
          item.location, key: name, role: "a part of a figure a return can show",
          accepted: names, suggestion: KeySuggestion.nearest(to: name, among: names))
      }
      fields.append(field)
    }
    return fields
  }

  /// ` (such as a, b, c)` from the first few of `groups`, or nothing.
  private static func examples(_ groups: [Group]) -> String {
    groups.isEmpty ? "" : " (such as " + groups.prefix(3).map(\.label).joined(separator: ", ") + ")"
  }
}
