import ImpactModel
import Yams

/// The bounds on `impact.yml` (``InputLimits``): its size, and, once anchors and aliases
/// (`&name`, `*name`) are followed, how many values it holds and how deeply they nest. A few
/// lines of aliases can stand for billions of values (a "billion laughs"); counting stops at
/// the limit, so the check itself takes bounded time.
struct ConfigBounds {
  let limits: InputLimits
  let file: String

  /// Refuses a file of more than ``InputLimits/configBytes`` bytes.
  func check(size: Int) throws(ConfigError) {
    guard size <= limits.configBytes else {
      throw .beyondLimit(
        ConfigLocation(file: file, line: 1, column: 1, keyPath: ""),
        problem: "the file is larger than a settings file may be "
          + "(\(InputLimits.size(limits.configBytes)))",
        advice: "impact.yml holds a few settings; check that the right file was named")
    }
  }

  /// Refuses a tree of more than ``InputLimits/configValues`` values or deeper than
  /// ``InputLimits/configDepth``, aliases followed.
  func check(root: Node) throws(ConfigError) {
    var count = 0
    try visit(root, depth: 1, count: &count, setting: nil)
  }

  /// Counts `node` and all below it; `setting` is where the top-level setting holding it is
  /// (the values an alias stands for are written elsewhere, so a count names the setting).
  private func visit(_ node: Node, depth: Int, count: inout Int, setting: ConfigLocation?)
    throws(ConfigError)
  {
    count += 1
    let location = ConfigLocation(
      file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, keyPath: "")
    guard count <= limits.configValues else {
      throw .beyondLimit(
        setting ?? location,
        problem: "the settings hold more than \(limits.configValues) values once anchors and "
          + "aliases (&name, *name) are followed",
        advice: "write each setting out once instead of repeating it through aliases")
    }
    guard depth <= limits.configDepth else {
      throw .beyondLimit(
        location,
        problem: "lists and sections are nested more than \(limits.configDepth) deep",
        advice: "no setting nests more than four levels; check the indentation and brackets")
    }
    switch node {
    case .scalar, .alias: return
    case .sequence(let sequence):
      for item in sequence {
        try visit(item, depth: depth + 1, count: &count, setting: setting)
      }
    case .mapping(let mapping):
      for (key, value) in mapping {
        let here =
          setting
          ?? ConfigLocation(
            file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1,
            keyPath: key.string ?? "")
        try visit(key, depth: depth + 1, count: &count, setting: here)
        try visit(value, depth: depth + 1, count: &count, setting: here)
      }
    }
  }
}
