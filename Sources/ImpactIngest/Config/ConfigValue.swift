import Yams

/// A value of `impact.yml` with its place in the file, and the readers that turn it into a typed
/// value or a `ConfigError` naming its line and key path.
struct ConfigValue {
  /// One `key: value` pair of a section.
  struct Entry {
    /// The key as written.
    var key: String
    /// Where the key is written (its line and path).
    var keyLocation: ConfigLocation
    /// The value.
    var value: ConfigValue
  }

  /// The YAML node.
  var node: Node
  /// The file, as the caller named it.
  var file: String
  /// The key path of this value.
  var keyPath: String

  /// Where this value is.
  var location: ConfigLocation {
    ConfigLocation(
      file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, keyPath: keyPath)
  }

  /// Whether the value was left empty (`key:` with nothing after it, `~` or `null`).
  var isEmpty: Bool {
    guard case .scalar(let scalar) = node else { return false }
    guard scalar.style == .plain || scalar.style == .any else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// The value's shape in plain words, for messages.
  var shapeDescription: String {
    switch node {
    case .scalar(let scalar): return "\"\(scalar.string)\""
    case .mapping: return "a section of settings (key: value lines)"
    case .sequence: return "a list"
    case .alias: return "a YAML alias"
    }
  }

  /// The `key: value` pairs of a section, in file order; an empty value is an empty section.
  /// - Parameters:
  ///   - accepted: the keys allowed, or `nil` when any key is allowed.
  ///   - role: what a key should be, for the message about a key not accepted.
  ///   - expected: what the value should be, for the message about a value that is no section.
  func entries(
    accepting accepted: [String]?, role: String = "a setting accepted here", expected: String
  ) throws(ConfigError) -> [Entry] {
    if isEmpty { return [] }
    guard case .mapping(let mapping) = node else {
      throw .wrongType(location, found: shapeDescription, expected: expected)
    }
    var entries: [Entry] = []
    for (keyNode, valueNode) in mapping {
      let keyValue = child(keyNode, path: keyPath)
      guard case .scalar(let scalar) = keyNode else {
        throw .wrongType(
          keyValue.location, found: keyValue.shapeDescription, expected: "a key must be a name")
      }
      let path = keyPath.isEmpty ? scalar.string : "\(keyPath).\(scalar.string)"
      let keyLocation = child(keyNode, path: path).location
      if let accepted, !accepted.contains(scalar.string) {
        throw .unknownKey(
          keyLocation, key: scalar.string, role: role, accepted: accepted,
          suggestion: KeySuggestion.nearest(to: scalar.string, among: accepted))
      }
      entries.append(
        Entry(key: scalar.string, keyLocation: keyLocation, value: child(valueNode, path: path)))
    }
    return entries
  }

  /// The items of a list, with paths counted from 1; an empty value is an empty list.
  func items(expected: String) throws(ConfigError) -> [ConfigValue] {
    if isEmpty { return [] }
    guard case .sequence(let sequence) = node else {
      throw .wrongType(location, found: shapeDescription, expected: expected)
    }
    return sequence.enumerated().map { index, item in
      child(item, path: "\(keyPath)[\(index + 1)]")
    }
  }

  /// The value as trimmed text (a number is read as its text).
  func text(expected: String) throws(ConfigError) -> String {
    guard case .scalar(let scalar) = node else {
      throw .wrongType(location, found: shapeDescription, expected: expected)
    }
    return CellText.trimmed(scalar.string)
  }

  /// The value as non-empty text.
  func nonEmptyText(expected: String) throws(ConfigError) -> String {
    let value = try text(expected: expected)
    guard !value.isEmpty, !isEmpty else {
      throw .invalidValue(location, value: value, problem: "is empty", advice: expected)
    }
    return value
  }

  /// A list of texts, or a single text standing for a list of one; an empty value is none.
  func textList(expected: String) throws(ConfigError) -> [String] {
    if isEmpty { return [] }
    if case .scalar = node { return [try nonEmptyText(expected: expected)] }
    return try items(expected: expected).map { item throws(ConfigError) in
      try item.nonEmptyText(expected: expected)
    }
  }

  /// The value as a finite number.
  func number(advice: String) throws(ConfigError) -> Double {
    let value = try text(expected: advice)
    guard let number = Double(value.replacingUnderscores), number.isFinite else {
      throw .invalidValue(location, value: value, problem: "is not a number", advice: advice)
    }
    return number
  }

  /// The value as a whole number of at least 0.
  func count(advice: String) throws(ConfigError) -> Int {
    let value = try text(expected: advice)
    guard let number = Double(value.replacingUnderscores), number.isFinite,
      number.rounded() == number, abs(number) < 1e15
    else {
      throw .invalidValue(location, value: value, problem: "is not a whole number", advice: advice)
    }
    guard number >= 0 else {
      throw .invalidValue(location, value: value, problem: "is negative", advice: advice)
    }
    return Int(number)
  }

  /// The value as a share from 0 to 1; `advice` should say that 40% is written 0.40.
  func share(advice: String) throws(ConfigError) -> Double {
    let value = try text(expected: advice)
    let problem = value.hasSuffix("%") ? "is a percentage" : "is not a share between 0 and 1"
    guard let number = Double(value.replacingUnderscores), (0...1).contains(number) else {
      throw .invalidValue(location, value: value, problem: problem, advice: advice)
    }
    return number
  }

  /// The value as yes/no (`true`, `false`, `yes`, `no`, `on`, `off`, any case).
  func flag(advice: String) throws(ConfigError) -> Bool {
    let value = try text(expected: advice)
    switch value.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default:
      throw .invalidValue(location, value: value, problem: "is not true or false", advice: advice)
    }
  }

  private func child(_ node: Node, path: String) -> ConfigValue {
    ConfigValue(node: node, file: file, keyPath: path)
  }
}

extension String {
  /// The text with `_` digit-group separators removed (`13_000` is `13000`).
  fileprivate var replacingUnderscores: String {
    String(filter { $0 != "_" })
  }
}
