/// Where the report templates come from.
public enum TemplateSource: Sendable, Equatable {
  /// The templates built into `impact` (copies of `reports/templates/`).
  case builtIn
  /// An organisation's folder of edited copies (`--templates DIR`). A template the folder
  /// lacks is taken from the built-in set, so a folder may hold only the files changed.
  case folder(String)
}
