import Yams

/// Turns the errors Yams reports into `ConfigError`s naming the line and column.
enum YamlErrorTranslation {
  /// The configuration error for an error thrown while composing `file`.
  static func configError(from error: any Error, file: String) -> ConfigError {
    func location(line: Int, column: Int) -> ConfigLocation {
      ConfigLocation(file: file, line: line, column: column, keyPath: "")
    }
    guard let yamlError = error as? YamlError else {
      return .syntaxError(location(line: 1, column: 1), problem: "\(error)")
    }
    switch yamlError {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let text = context.map { "\($0.text), \(problem)" } ?? problem
      return .syntaxError(location(line: mark.line, column: mark.column), problem: text)
    case .reader(let problem, let offset, _, let yaml):
      let (line, column) = position(atCharacterOffset: offset ?? 0, in: yaml)
      return .syntaxError(location(line: line, column: column), problem: problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let key = duplicates.first ?? ""
      let line = repeatLine(
        of: key, after: context.mark.line, column: context.mark.column, in: context.text)
      return .duplicateKey(location(line: line, column: context.mark.column), key: key)
    default:
      return .syntaxError(location(line: 1, column: 1), problem: "\(yamlError)")
    }
  }

  /// The line where `key` is written again, at the same column, after its first line; the first
  /// line when no later one is found. (Yams reports only the first place of a repeated key.)
  static func repeatLine(of key: String, after firstLine: Int, column: Int, in text: String) -> Int
  {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for index in firstLine..<max(firstLine, lines.count) {
      let rest = lines[index].dropFirst(column - 1)
      if rest.hasPrefix("\(key):") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
        return index + 1
      }
    }
    return firstLine
  }

  /// The line and column (from 1) of a character offset in `text`.
  static func position(atCharacterOffset offset: Int, in text: String) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for character in text.prefix(offset) {
      if character.isNewline {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
