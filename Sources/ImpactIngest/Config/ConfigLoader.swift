import Foundation
import ImpactModel
import Yams

/// Loads `impact.yml` into an `ImpactConfiguration`, checking every key and value; anything not
/// accepted is a `ConfigError` naming the file, the line and the key.
public struct ConfigLoader: Sendable {
  /// The top-level keys of `impact.yml`, in the order CONFIG.md gives them.
  static let topLevelKeys = [
    "organisation", "currency", "financial_year_start", "date_order", "suppression", "retention",
    "imd_lookup", "columns", "priority_groups", "targets", "benchmarks", "wellbeing", "returns",
  ]

  /// The canonical column names per kind of file, which `columns:` may give aliases for.
  public var knownColumns: [FileKind: Set<String>]
  /// The bounds on the file: its size, and its values and nesting once aliases are followed.
  public var limits: InputLimits

  /// Creates a loader.
  /// - Parameters:
  ///   - knownColumns: the canonical column names per kind, from the caller's schema. Extra
  ///     participant columns named by priority-group rules are accepted too, under
  ///     `participants` and `attendance`.
  ///   - limits: the bounds on the file.
  public init(knownColumns: [FileKind: Set<String>], limits: InputLimits = .standard) {
    self.knownColumns = knownColumns
    self.limits = limits
  }

  /// Loads the configuration file at `path`.
  public func load(path: String) throws(ConfigError) -> ImpactConfiguration {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .fileNotFound(path: path)
    }
    guard !isDirectory.boolValue else {
      throw .unreadableFile(path: path, reason: "it is a folder, not a file")
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    try ConfigBounds(limits: limits, file: path).check(size: size)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadableFile(path: path, reason: "check that you have permission to read it")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadableFile(
        path: path, reason: "it is not UTF-8 text; save it as plain text (UTF-8)")
    }
    return try load(yaml: text, path: path)
  }

  /// Loads configuration text; `path` names the file in error messages. An empty text, or one
  /// with only comments, gives the default configuration.
  public func load(yaml: String, path: String) throws(ConfigError) -> ImpactConfiguration {
    let text = yaml.hasPrefix("\u{FEFF}") ? String(yaml.dropFirst()) : yaml
    let bounds = ConfigBounds(limits: limits, file: path)
    try bounds.check(size: text.utf8.count)
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch {
      throw YamlErrorTranslation.configError(from: error, file: path)
    }
    var configuration = ImpactConfiguration()
    guard let root else { return configuration }
    try bounds.check(root: root)
    let rootValue = ConfigValue(node: root, file: path, keyPath: "")
    let entries = try rootValue.entries(
      accepting: Self.topLevelKeys,
      expected: "the file must hold settings, one \"key: value\" per line, such as currency: GBP")
    var columns: ConfigValue?
    for entry in entries {
      if entry.value.isEmpty, entry.key != "priority_groups" { continue }
      if entry.key == "columns" {
        columns = entry.value
      } else {
        try apply(entry, to: &configuration)
      }
    }
    if let columns {
      configuration.columnAliases = try ColumnAliasesReader(
        knownColumns: columnsWithExtraFields(of: configuration.priorityGroups)
      ).read(columns)
    }
    return configuration
  }

  private func apply(
    _ entry: ConfigValue.Entry, to configuration: inout ImpactConfiguration
  ) throws(ConfigError) {
    let value = entry.value
    switch entry.key {
    case "organisation":
      configuration.organisation = try value.nonEmptyText(
        expected: "write your organisation's name, as reports should print it")
    case "currency":
      configuration.currency = try readCurrency(value)
    case "financial_year_start":
      configuration.financialYearStart = try MonthReader.month(value)
    case "date_order":
      configuration.dateOrder = try readDateOrder(value)
    case "suppression":
      for setting in try value.entries(
        accepting: ["min_count", "round_to"], expected: Self.sectionAdvice("min_count: 5"))
      {
        if setting.key == "round_to" {
          configuration.suppressionRoundTo = try roundTo(setting.value)
        } else {
          configuration.suppressionMinCount = try setting.value.count(
            advice: "use a whole number such as 5 (0 turns suppression off)")
        }
      }
    case "retention":
      for setting in try value.entries(
        accepting: ["min_sessions"], expected: Self.sectionAdvice("min_sessions: 3"))
      {
        configuration.retentionMinSessions = try setting.value.count(
          advice: "use a whole number of sessions such as 3")
      }
    case "imd_lookup":
      configuration.imdLookup = try value.nonEmptyText(
        expected: "write the lookup file's path, such as lookups/postcode-imd.csv")
    case "priority_groups":
      configuration.priorityGroups = try PriorityGroupsReader.read(value)
    case "targets":
      configuration.targets = try TargetsReader.read(value)
    case "benchmarks":
      configuration.benchmarks = try BenchmarksReader.read(value)
    case "returns":
      configuration.returnsFolder = try value.nonEmptyText(
        expected: "write the folder of funder returns, such as returns/")
    default:
      configuration.wellbeing = try WellbeingReader.read(value)
    }
  }

  /// Advice for a section written as a single value.
  private static func sectionAdvice(_ example: String) -> String {
    "this is a section: put \(example) on the next line, indented by two spaces"
  }

  private func readCurrency(_ value: ConfigValue) throws(ConfigError) -> Currency {
    let advice = "use GBP (£), EUR (€) or USD ($)"
    let text = try value.text(expected: advice)
    guard let currency = Currency(rawValue: text.uppercased()) else {
      throw .invalidValue(
        value.location, value: text, problem: "is not a currency impact supports", advice: advice)
    }
    return currency
  }

  /// `suppression.round_to`: a whole number of at least 1 (1 leaves counts as they are).
  private func roundTo(_ value: ConfigValue) throws(ConfigError) -> Int {
    let advice = "use a whole number such as 5 (1 leaves counts unrounded)"
    let number = try value.count(advice: advice)
    guard number >= 1 else {
      throw .invalidValue(
        value.location, value: try value.text(expected: advice), problem: "is below 1",
        advice: advice)
    }
    return number
  }

  private func readDateOrder(_ value: ConfigValue) throws(ConfigError) -> DateOrder {
    let advice = "use DMY (day first, as in the UK: 03/04/2025 is 3 April) or MDY (month first)"
    let text = try value.text(expected: advice)
    guard let order = DateOrder(rawValue: text.uppercased()) else {
      throw .invalidValue(
        value.location, value: text, problem: "is not a date order", advice: advice)
    }
    return order
  }

  /// The known columns, with the extra participant columns the priority groups read added to
  /// `participants` and `attendance` (flat exports carry participant columns too).
  private func columnsWithExtraFields(
    of groups: [PriorityGroupRule]
  ) -> [FileKind: Set<String>] {
    let extraFields = groups.map(\.field).filter { PersonField(rawValue: $0) == nil }
    var columns = knownColumns
    for kind in [FileKind.participants, .attendance] {
      columns[kind, default: []].formUnion(extraFields)
    }
    return columns
  }
}
