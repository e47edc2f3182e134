/// A problem with `impact.yml`. Each description names the file, the line and the key, says what
/// was found and what is accepted, in words a non-technical user can act on.
public enum ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The configuration file does not exist.
  case fileNotFound(path: String)
  /// The configuration file exists but cannot be read as text.
  case unreadableFile(path: String, reason: String)
  /// The file is not valid YAML (bad indentation, an unclosed quote …).
  case syntaxError(ConfigLocation, problem: String)
  /// A key appears twice in the same section.
  case duplicateKey(ConfigLocation, key: String)
  /// A key that is not accepted where it is; `role` says what the key should be (`a setting
  /// here`, `a kind of file` …) and `accepted` lists the keys allowed there.
  case unknownKey(
    ConfigLocation, key: String, role: String, accepted: [String], suggestion: String?)
  /// A required key is missing; `advice` says what to add.
  case missingKey(ConfigLocation, key: String, advice: String)
  /// A value of the wrong shape (a list where a number belongs …).
  case wrongType(ConfigLocation, found: String, expected: String)
  /// A value of the right shape that is not accepted (`currency: GBR`, `min_count: -1` …).
  case invalidValue(ConfigLocation, value: String, problem: String, advice: String)
  /// Two priority groups share an id.
  case duplicatePriorityGroup(ConfigLocation, id: String, firstLine: Int)
  /// A priority group has no rule (`equals`, `in`, `not_in`, `min` or `max`).
  case missingRule(ConfigLocation)
  /// A priority group mixes rule forms that cannot go together (`equals` with `min` …).
  case conflictingRule(ConfigLocation, keys: [String])
  /// A priority group compares numbers (`min`/`max`) on a field that holds labels.
  case numericRuleOnLabelField(ConfigLocation, field: String, labels: [String])
  /// The file is past one of the ``InputLimits`` (its size, or its values or nesting once
  /// aliases are followed).
  case beyondLimit(ConfigLocation, problem: String, advice: String)

  /// Where the problem is, when it lies inside the file.
  public var location: ConfigLocation? {
    switch self {
    case .fileNotFound, .unreadableFile: return nil
    case .syntaxError(let location, _), .duplicateKey(let location, _),
      .unknownKey(let location, _, _, _, _), .missingKey(let location, _, _),
      .wrongType(let location, _, _), .invalidValue(let location, _, _, _),
      .duplicatePriorityGroup(let location, _, _), .missingRule(let location),
      .conflictingRule(let location, _), .numericRuleOnLabelField(let location, _, _),
      .beyondLimit(let location, _, _):
      return location
    }
  }

  /// The message shown to the user.
  public var description: String {
    switch self {
    case .fileNotFound(let path):
      return "The configuration file \(path) does not exist; check the path given to --config, "
        + "or run `impact init` to write a commented impact.yml."
    case .unreadableFile(let path, let reason):
      return "The configuration file \(path) cannot be read: \(reason)."
    case .syntaxError(let location, let problem):
      return "\(location.file), line \(location.line), column \(location.column): "
        + "this is not valid YAML (\(problem)); check the indentation, that each setting is "
        + "written as `key: value`, and that quotes and brackets are closed."
    case .duplicateKey(let location, let key):
      return "\(location): \"\(key)\" is given more than once in the same section; keep only one."
    case .unknownKey(let location, let key, let role, let accepted, let suggestion):
      let hint = suggestion.map { " Did you mean \"\($0)\"?" } ?? ""
      let list = accepted.isEmpty ? "none" : accepted.joined(separator: ", ")
      return "\(location): \"\(key)\" is not \(role).\(hint) Accepted: \(list)."
    case .missingKey(let location, let key, let advice):
      return "\(location): no \(key) is given; \(advice)."
    case .wrongType(let location, let found, let expected):
      return "\(location): found \(found); \(expected)."
    case .invalidValue(let location, let value, let problem, let advice):
      return "\(location): \"\(value)\" \(problem); \(advice)."
    case .duplicatePriorityGroup(let location, let id, let firstLine):
      return "\(location): \"\(id)\" is already the id of the priority group on line "
        + "\(firstLine); give each priority group its own id."
    case .missingRule(let location):
      return "\(location): this priority group has no rule; add one of equals, in, not_in "
        + "(compare labels) or min and/or max (compare numbers)."
    case .conflictingRule(let location, let keys):
      return "\(location): this priority group combines "
        + keys.joined(separator: " and ")
        + "; a rule is either one of equals, in, not_in, or min and/or max."
    case .beyondLimit(let location, let problem, let advice):
      return "\(location): \(problem); \(advice)."
    case .numericRuleOnLabelField(let location, let field, let labels):
      let examples =
        labels.isEmpty ? "" : " with its labels (\(labels.joined(separator: ", ")))"
      return "\(location): min and max compare numbers, but \(field) holds labels, not numbers; "
        + "use equals, in or not_in\(examples), or a numeric field (age, imd_decile, "
        + "imd_quintile)."
    }
  }
}
