import ImpactModel

/// A template that cannot be used, named by file and line so its editor can find it.
public enum TemplateError: Error, CustomStringConvertible, Equatable {
  /// The template's Mustache is not well formed.
  case syntax(file: String, line: Int, column: Int, problem: String)
  /// The file exists but cannot be read as UTF-8 text.
  case unreadable(file: String)
  /// The `--templates` folder does not exist.
  case missingFolder(String)
  /// Rendering stopped: the document would pass `limit` bytes, the section `section` (at
  /// `file`, `line`) repeating when it did (empty when no section was).
  case renderedTooLarge(file: String, line: Int, section: String, limit: Int)

  public var description: String {
    switch self {
    case .syntax(let file, let line, let column, let problem):
      return
        "\(file):\(line):\(column): \(problem). Fix the template (or delete it from the "
        + "templates folder to use the built-in one) and run again."
    case .unreadable(let file):
      return "\(file) could not be read as UTF-8 text. Save it as UTF-8 and run again."
    case .renderedTooLarge(let file, let line, let section, let limit):
      let cause =
        section.isEmpty
        ? "the document"
        : "the section {{#\(section)}} repeats so often that the document"
      return
        "\(file):\(line): \(cause) would be larger than \(InputLimits.size(limit)), the most a "
        + "report may be; check that the section is not nested inside itself or another list. "
        + "Fix the template (or delete it from the templates folder to use the built-in one) "
        + "and run again."
    case .missingFolder(let folder):
      return
        "The templates folder \(folder) does not exist. Check the path given to --templates."
    }
  }
}
